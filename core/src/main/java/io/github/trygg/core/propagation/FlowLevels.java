package io.github.trygg.core.propagation;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** What one flow (integration) must meet, per aspect with its trace, and what it is cleared for. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class FlowLevels {
  /** {@return the integration's id} */
  public abstract String id();

  /** {@return the integration's name, or its id when it has none} */
  public abstract String name();

  /** {@return the id of the system that initiates the flow} */
  public abstract String source();

  /** {@return the id of the system at the other end} */
  public abstract String target();

  /** {@return the required level per aspect; every aspect is present} */
  public abstract Map<SecurityAspect, DerivedLevel> levels();

  /** {@return the levels the integration is cleared for, as declared on it} */
  public abstract Optional<Levels> clearedFor();

  /** {@return the integration as a register entry reference} */
  public final EntryRef ref() {
    return new EntryRef(EntryKind.INTEGRATION, id());
  }

  /**
   * The derived level of one aspect.
   *
   * @param aspect the aspect
   * @return its level with the trace behind it
   */
  public final DerivedLevel level(SecurityAspect aspect) {
    return Lookup.in(levels(), aspect, "level");
  }

  /** {@return the required level per aspect, without the traces} */
  @Value.Lazy
  public Levels required() {
    return DerivedLevel.levelsOf(levels());
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlowLevels}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableFlowLevels.Builder {}
}
