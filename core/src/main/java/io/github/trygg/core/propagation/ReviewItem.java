package io.github.trygg.core.propagation;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.EntryRef;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Something a person must judge: a compilation that may need a higher level than its parts (R5) or
 * an override that no longer lowers anything (R6). Nothing is raised or lowered until someone
 * records a decision in the register — for example as the system's assessed level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ReviewItem {
  /** {@return what calls for the review: many subjects, location joined with health data, …} */
  public abstract ReviewTrigger trigger();

  /** {@return the rule that raised the item: R5 or R6} */
  public abstract String rule();

  /** {@return the entry to review} */
  public abstract EntryRef subject();

  /** {@return the aspect concerned, where one is} */
  public abstract Optional<SecurityAspect> aspect();

  /** {@return the subject's current level for the aspect, when one applies} */
  public abstract Optional<ConsequenceLevel> level();

  /** {@return the assets that make up the compilation, by id} */
  public abstract List<String> assets();

  /** {@return the systems concerned, by id (for example those on one platform)} */
  public abstract List<String> systems();

  /** {@return the item's title} */
  public abstract LocalizedText title();

  /** {@return the item in words} */
  public abstract LocalizedText message();

  /** {@return the methods and provisions behind the review, with their verification status} */
  public abstract List<LegalReference> sources();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewItem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableReviewItem.Builder {}
}
