package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A part of the organisation that is controller of its own processing: in a Swedish municipality
 * each committee (nämnd) is personuppgiftsansvarig for the personal data it processes; in a
 * Norwegian one the municipality itself usually is, and a unit is recorded only where it is.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class OrganisationUnit {
  /** {@return the unit's id, as activities name it} */
  public abstract String id();

  /** {@return the unit's name, such as a committee (nämnd)} */
  public abstract String name();

  /** {@return a functional contact (registrator, mailbox), never a private person's} */
  public abstract Optional<String> contact();

  /** {@return the data protection officer, where the unit has its own; otherwise the organisation's} */
  public abstract Optional<String> dpoContact();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link OrganisationUnit}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableOrganisationUnit.Builder {}
}
