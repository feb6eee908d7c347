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

  /**
   * Passing on by default: a register rarely names every asset on every flow, and the chain is only
   * as safe as what may travel along it. Where a flow carries less, say so with an override.
   */
  @Value.Default
  public DataForwarding forwarding() {
    return DataForwarding.PASS_THROUGH;
  }

  @Value.Default
  public PropagationRules rules() {
    return PropagationRules.bundled();
  }

  /** The rule pack's thresholds unless given. */
  @Value.Default
  public PropagationThresholds thresholds() {
    return rules().thresholds();
  }

  /**
   * Data are passed on through every hop (confidentiality and traceability follow everything a
   * system received; documented overrides bring a level down); the built-in rule pack and its
   * thresholds.
   */
  public static PropagationSettings defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropagationSettings.Builder {}
}
