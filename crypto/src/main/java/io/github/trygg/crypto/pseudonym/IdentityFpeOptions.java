package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How format-valid identity pseudonyms are made. The window of birth dates is part of the mapping:
 * keep these options with the domain, since other options give other pseudonyms.
 *
 * <p><strong>Warning.</strong> A format-valid pseudonym is a valid number, and very likely the real
 * number of another person: many serials of every date are assigned. Anyone who reads it as an
 * identity number — a person, a register look-up, a system that links on it — will attribute the
 * data to that other person. Use it only where a downstream system cannot take anything but a valid
 * number, mark such columns as pseudonymised, and prefer {@link Technique#IDENTITY_HMAC}
 * otherwise. Building the pseudonymiser requires {@link #acknowledgeRealPersonRisk()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class IdentityFpeOptions {
  /** {@return what of the real number the pseudonym keeps, such as the decade of birth; nothing by default} */
  @Value.Default
  public Preservation preservation() {
    return Preservation.NONE;
  }

  /**
   * {@return the last birth date a pseudonym may have; not after today, so no pseudonym is born in
   * the future} Numbers born later are refused.
   */
  public abstract LocalDate latestBirthDate();

  /**
   * {@return the first birth date a pseudonym may have; by default 1870-01-01 for Swedish numbers
   * and 1855-01-01 (the first individual numbers) for Norwegian ones} Numbers born earlier are
   * refused.
   */
  public abstract Optional<LocalDate> earliestBirthDate();

  /**
   * {@return the key version to re-identify with; by default the primary} A format-valid pseudonym
   * has no room for the version, so record it with the data (record pseudonymisation reports it).
   */
  public abstract OptionalInt keyVersion();

  /** {@return the explicit opt-in: outputs may be real people's numbers (see the class comment)} */
  @Value.Default
  public boolean acknowledgeRealPersonRisk() {
    return false;
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (earliestBirthDate().isPresent() && earliestBirthDate().get().isAfter(latestBirthDate())) {
      throw new IllegalArgumentException("the earliest birth date is after the latest");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link IdentityFpeOptions}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableIdentityFpeOptions.Builder {}
}
