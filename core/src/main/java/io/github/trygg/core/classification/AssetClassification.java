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
  /** {@return the profile the levels were assessed in, for example {@code klassa-se}} */
  public abstract String profileId();

  /** {@return the version of the profile the levels were assessed in} */
  public abstract String profileVersion();

  /** {@return the rating of each aspect, with its level, origin and reason} */
  public abstract Map<SecurityAspect, AspectRating> ratings();

  /** {@return the level per aspect} */
  @Value.Lazy
  public Levels levels() {
    Map<SecurityAspect, ConsequenceLevel> levels = new EnumMap<>(SecurityAspect.class);
    ratings().forEach((aspect, rating) -> levels.put(aspect, rating.level()));
    return Levels.of(levels);
  }

  /** {@return whether any aspect is at the level that needs an analysis of its own (4)} */
  public final boolean requiresSeparateAnalysis() {
    return levels().highest().requiresSeparateAnalysis();
  }

  /**
   * What a decision taken against this classification depends on: the profile and the level per
   * aspect, for example {@code klassa-se@1:C3 I3 A4 T3}. A new justification or assessor keeps it;
   * a changed level or profile changes it, which is how risk acceptances notice that what they
   * accepted no longer holds.
   *
   * @return {@code sha256:…} of the profile reference and the level per aspect
   */
  public final String fingerprint() {
    return profileId() + "@" + profileVersion() + ":" + levels();
  }

  /**
   * One line per rated aspect in {@code profile}'s words — level, justification, origin, who and
   * when — and a last line when level 4 calls for a separate analysis.
   *
   * @param profile the profile
   * @param language the language of the text
   * @return the explanation
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

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    ratings().forEach((aspect, rating) -> {
      if (rating.aspect() != aspect) {
        throw new IllegalArgumentException("rating for " + rating.aspect() + " filed under " + aspect);
      }
    });
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AssetClassification}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableAssetClassification.Builder {}
}
