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
  public abstract String id();

  public abstract String name();

  /** A functional contact (registrator, mailbox), never a private person's. */
  public abstract Optional<String> contact();

  /** The data protection officer, where the unit has its own; otherwise the organisation's. */
  public abstract Optional<String> dpoContact();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableOrganisationUnit.Builder {}
}
