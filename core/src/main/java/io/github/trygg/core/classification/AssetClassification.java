package io.github.trygg.core.classification;

import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.Language;
import io.github.trygg.core.internal.data.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The classification of one information asset under a named, versioned profile: a rating per
 * aspect. Aspects without a rating are level 0.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
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

  /**
   * What a decision taken against this classification depends on: the profile and the level per
   * aspect, for example {@code klassa-se@1:C3 I3 A4 T3}. A new justification or assessor keeps it;
   * a changed level or profile changes it, which is how risk acceptances notice that what they
   * accepted no longer holds.
   */
  public final String fingerprint() {
    return profileId() + "@" + profileVersion() + ":" + levels();
  }

  /**
   * One line per rated aspect in {@code profile}'s words — level, justification, origin, who and
   * when — and a last line when level 4 calls for a separate analysis.
   */
  public final List<String> explain(ClassificationProfile profile, Language language) {
    List<String> lines = new ArrayList<>();
    for (SecurityAspect aspect : SecurityAspect.values()) {
      AspectRating rating = ratings().get(aspect);
      if (rating == null) {
        continue;
      }
      String who = rating.assessedBy().orElse("?");
      String when = rating.assessedOn().map(Object::toString).orElse("?");
      lines.add(Messages.format(language, "classification.rating",
          profile.aspectLabels().containsKey(aspect) ? profile.aspectLabel(aspect) : Messages.text("aspect." + aspect.name()),
          profile.display(rating.level(), language), rating.justification(),
          Messages.text("origin." + rating.origin().name()), who, when));
    }
    if (requiresSeparateAnalysis()) {
      lines.add(Messages.format(language, "classification.separate-analysis"));
    }
    return lines;
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
