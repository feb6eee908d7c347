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
   *
   * @return whether systems pass on data by default when a flow names no assets
   */
  @Value.Default
  public DataForwarding forwarding() {
    return DataForwarding.PASS_THROUGH;
  }

  /** {@return the propagation rules; the bundled ones by default} */
  @Value.Default
  public PropagationRules rules() {
    return PropagationRules.bundled();
  }

  /** {@return the rule pack's thresholds unless given} */
  @Value.Default
  public PropagationThresholds thresholds() {
    return rules().thresholds();
  }

  /**
   * {@return data are passed on through every hop (confidentiality and traceability follow
   * everything a system received; documented overrides bring a level down); the built-in rule pack
   * and its thresholds}
   */
  public static PropagationSettings defaults() {
    return DEFAULTS;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PropagationSettings}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutablePropagationSettings.Builder {}
}
