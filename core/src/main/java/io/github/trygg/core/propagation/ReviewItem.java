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
  public abstract ReviewTrigger trigger();

  /** R5 or R6. */
  public abstract String rule();

  public abstract EntryRef subject();

  public abstract Optional<SecurityAspect> aspect();

  /** The subject's current level for the aspect, when one applies. */
  public abstract Optional<ConsequenceLevel> level();

  /** The assets that make up the compilation, by id. */
  public abstract List<String> assets();

  /** The systems concerned, by id (for example those on one platform). */
  public abstract List<String> systems();

  public abstract LocalizedText title();

  public abstract LocalizedText message();

  public abstract List<LegalReference> sources();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableReviewItem.Builder {}
}
