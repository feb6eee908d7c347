package io.github.trygg.core.signoff;

import io.github.trygg.core.Location;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One recorded approval: who signed, in what role and when, what it is about, and exactly what was
 * approved — the fields that matter for its kind with their values, and their fingerprint. Record
 * one with {@link SignOffChecker#sign}, which fills in what is approved from the register as it is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class SignOff {
  /** {@return the sign-off's id} */
  public abstract String id();

  /** {@return what is signed off: a classification approval, a committee decision, the DPO's opinion …} */
  public abstract SignOffKind kind();

  /** {@return the register entry signed off} */
  public abstract EntryRef subject();

  /** {@return who signed: a person or a body (for example "Socialnämnden")} */
  public abstract String signedBy();

  /** {@return in what role: information owner, committee, data protection officer} */
  public abstract String role();

  /** {@return when it was signed} */
  public abstract LocalDate signedOn();

  /** {@return what was approved: field → value, in a fixed order per kind} */
  public abstract Map<String, String> approved();

  /** {@return {@code sha256:…} of {@link #approved()}} */
  @Value.Derived
  public String fingerprint() {
    return Snapshots.fingerprint(approved());
  }

  /** {@return the decision or opinion in words, if recorded} */
  public abstract Optional<String> statement();

  /** {@return where the decision is recorded, for example the minutes' paragraph} */
  public abstract Optional<String> reference();

  /** {@return where the sign-off was read from, when it came from a file} */
  @Value.Auxiliary
  public abstract Optional<Location> location();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (!kind().subjects().contains(subject().kind())) {
      throw new IllegalArgumentException("a " + kind() + " sign-off cannot be about " + subject());
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SignOff}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableSignOff.Builder {}
}
