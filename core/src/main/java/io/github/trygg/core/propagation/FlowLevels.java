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
  public abstract String id();

  public abstract String name();

  public abstract String source();

  public abstract String target();

  /** The required level per aspect; every aspect is present. */
  public abstract Map<SecurityAspect, DerivedLevel> levels();

  /** As declared on the integration. */
  public abstract Optional<Levels> clearedFor();

  public final EntryRef ref() {
    return new EntryRef(EntryKind.INTEGRATION, id());
  }

  public final DerivedLevel level(SecurityAspect aspect) {
    return Lookup.in(levels(), aspect, "level");
  }

  @Value.Lazy
  public Levels required() {
    return DerivedLevel.levelsOf(levels());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableFlowLevels.Builder {}
}
