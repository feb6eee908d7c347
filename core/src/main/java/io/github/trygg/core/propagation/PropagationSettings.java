package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.value.TryggStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** How to propagate: what flows carry, which rule pack and which thresholds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class PropagationSettings {
  private static final PropagationSettings DEFAULTS = builder().build();

  @Value.Default
  public DataForwarding forwarding() {
    return DataForwarding.AS_DECLARED;
  }

  @Value.Default
  public PropagationRules rules() {
    return PropagationRules.defaults();
  }

  /** The rule pack's thresholds unless given. */
  @Value.Default
  public PropagationThresholds thresholds() {
    return rules().thresholds();
  }

  /** Flows carry what they declare; the built-in rule pack and its thresholds. */
  public static PropagationSettings defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropagationSettings.Builder {}
}
