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
 * product-profile fields it fills, the finding it raises and the score it gives its area.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class AnswerOption {
  public abstract String id();

  public abstract LocalizedText label();

  /** The least level per aspect this answer implies. */
  public abstract Map<SecurityAspect, ConsequenceLevel> minimums();

  /** Product-profile fields this answer sets, for example {@code system.authentication: [high]}. */
  public abstract Map<String, List<String>> fills();

  public abstract Optional<Finding> finding();

  /** Points towards the question's area in a self-assessment. */
  public abstract OptionalInt score();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAnswerOption.Builder {}
}
