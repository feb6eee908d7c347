package io.github.trygg.core.register;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The organisation that keeps the register and is controller of its processing activities. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Organisation {
  public abstract String name();

  /** Organisationsnummer (SE) or organisasjonsnummer (NO). */
  public abstract Optional<String> organisationNumber();

  public abstract Jurisdiction jurisdiction();

  /** A functional contact (mailbox or role), never a private person's details. */
  public abstract Optional<String> contact();

  /** How to reach the data protection officer. */
  public abstract Optional<String> dpoContact();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableOrganisation.Builder {}
}
