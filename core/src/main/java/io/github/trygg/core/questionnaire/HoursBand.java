package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A range of hours for an {@link QuestionType#HOURS} question: answers up to {@link #atMostHours()}
 * (and above the previous band) fall here. The last band may be open-ended.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class HoursBand {
  public abstract String id();

  /** Upper bound, inclusive; empty for the open last band. */
  public abstract Optional<Double> atMostHours();

  public abstract LocalizedText label();

  public abstract Map<SecurityAspect, ConsequenceLevel> minimums();

  /** Product-profile fields set when an answer falls in this band. */
  public abstract Map<String, List<String>> fills();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableHoursBand.Builder {}
}
