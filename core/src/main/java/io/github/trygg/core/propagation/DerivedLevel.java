package io.github.trygg.core.propagation;

import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.classification.Levels;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The level a system or flow must meet for one aspect, with where it came from: the system's own
 * assessment ({@link RatingOrigin#ASSESSED}), propagation ({@link RatingOrigin#DERIVED}) or a
 * documented override ({@link RatingOrigin#OVERRIDDEN}, with the level it replaced).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DerivedLevel {
  public abstract EntryRef subject();

  public abstract SecurityAspect aspect();

  public abstract ConsequenceLevel level();

  public abstract RatingOrigin origin();

  /** The information asset the level comes from, when it comes from one. */
  public abstract Optional<String> originAsset();

  /** The override that set the level, when {@link #origin()} is OVERRIDDEN. */
  public abstract Optional<LevelOverride> override();

  /** For an overridden level: what propagation would have given without the override. */
  public abstract Optional<ConsequenceLevel> withoutOverride();

  /** Rule, origin and path; rebuilt on first use. */
  @Value.Auxiliary
  public abstract Trace trace();

  /** The rule that produced the level (R1–R10). */
  public final String rule() {
    return trace().rule();
  }

  /** The level per aspect of a full set of derived levels. */
  static Levels levelsOf(Map<SecurityAspect, DerivedLevel> levels) {
    Map<SecurityAspect, ConsequenceLevel> map = new EnumMap<>(SecurityAspect.class);
    levels.forEach((aspect, level) -> map.put(aspect, level.level()));
    return Levels.of(map);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDerivedLevel.Builder {}
}
