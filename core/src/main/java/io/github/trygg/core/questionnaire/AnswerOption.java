package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One possible answer and what choosing it means: the minimum level per aspect it implies, the
 * product-profile fields it fills, the concern it raises and the score it gives its area.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class AnswerOption {
  /** {@return the option's id, as answers name it} */
  public abstract String id();

  /** {@return the option in words} */
  public abstract LocalizedText label();

  /** {@return the least level per aspect this answer implies} */
  public abstract Map<SecurityAspect, ConsequenceLevel> minimums();

  /** {@return product-profile fields this answer sets, for example {@code system.authentication: [high]}} */
  public abstract Map<String, List<String>> fills();

  /** {@return the concern this answer raises, if any} */
  public abstract Optional<AnswerConcern> concern();

  /** {@return points towards the question's area in a self-assessment} */
  public abstract OptionalInt score();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AnswerOption}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableAnswerOption.Builder {}
}
