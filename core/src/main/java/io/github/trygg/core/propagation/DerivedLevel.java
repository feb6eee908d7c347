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
  /** {@return the system or flow the level is for} */
  public abstract EntryRef subject();

  /** {@return the aspect} */
  public abstract SecurityAspect aspect();

  /** {@return the derived level} */
  public abstract ConsequenceLevel level();

  /** {@return where the level comes from: an asset, an assessment, an override, propagation …} */
  public abstract RatingOrigin origin();

  /** {@return the information asset the level comes from, when it comes from one} */
  public abstract Optional<String> originAsset();

  /** {@return the override that set the level, when {@link #origin()} is OVERRIDDEN} */
  public abstract Optional<LevelOverride> override();

  /**
   * For an overridden level: what propagation would have given without the override.
   *
   * @return the level propagation would give without the override, when an override set it
   */
  public abstract Optional<ConsequenceLevel> withoutOverride();

  /**
   * Rule, origin and path; rebuilt on first use.
   *
   * @return the chain of entries and rules behind the level
   */
  @Value.Auxiliary
  public abstract Trace trace();

  /** {@return the rule that produced the level (R1–R10)} */
  public final String rule() {
    return trace().rule();
  }

  /** The level per aspect of a full set of derived levels. */
  static Levels levelsOf(Map<SecurityAspect, DerivedLevel> levels) {
    Map<SecurityAspect, ConsequenceLevel> map = new EnumMap<>(SecurityAspect.class);
    levels.forEach((aspect, level) -> map.put(aspect, level.level()));
    return Levels.of(map);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DerivedLevel}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDerivedLevel.Builder {}
}
