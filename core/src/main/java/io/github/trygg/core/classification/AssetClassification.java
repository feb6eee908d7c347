package io.github.trygg.core.classification;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The classification of one information asset under a named, versioned profile: a rating per
 * aspect. Aspects without a rating are level 0.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class AssetClassification {
  /** The profile the levels were assessed in, for example {@code klassa-se}. */
  public abstract String profileId();

  public abstract String profileVersion();

  public abstract Map<SecurityAspect, AspectRating> ratings();

  /** The level per aspect. */
  @Value.Lazy
  public Levels levels() {
    Map<SecurityAspect, ConsequenceLevel> levels = new EnumMap<>(SecurityAspect.class);
    ratings().forEach((aspect, rating) -> levels.put(aspect, rating.level()));
    return Levels.of(levels);
  }

  public final boolean requiresSeparateAnalysis() {
    return levels().highest().requiresSeparateAnalysis();
  }

  @Value.Check
  protected void check() {
    ratings().forEach((aspect, rating) -> {
      if (rating.aspect() != aspect) {
        throw new IllegalArgumentException("rating for " + rating.aspect() + " filed under " + aspect);
      }
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAssetClassification.Builder {}
}
