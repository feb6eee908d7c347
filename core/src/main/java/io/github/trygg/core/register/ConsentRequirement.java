package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Consent a processing depends on besides its legal basis — for example the consent the Swedish
 * social services need before digital technology is used in home care (lagen (2001:454) om
 * behandling av personuppgifter inom socialtjänsten, since 1 March 2024) — and where the consents
 * given are recorded. A processing that relies on consent and records none is a finding.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ConsentRequirement {
  /** {@return the provision that requires consent, for example a statute} */
  public abstract Optional<String> requiredBy();

  /** {@return where the consents given are recorded (a system, a routine)} */
  public abstract Optional<String> recordedIn();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ConsentRequirement}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableConsentRequirement.Builder {}
}
