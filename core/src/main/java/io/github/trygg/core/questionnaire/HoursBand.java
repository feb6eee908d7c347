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
  /** {@return the band's id, recorded as the answer's option} */
  public abstract String id();

  /**
   * Upper bound, inclusive; empty for the open last band.
   *
   * @return the band's upper bound in hours, inclusive; empty for the open last band
   */
  public abstract Optional<Double> atMostHours();

  /** {@return the band in words} */
  public abstract LocalizedText label();

  /** {@return the least level per aspect an answer in this band implies} */
  public abstract Map<SecurityAspect, ConsequenceLevel> minimums();

  /** {@return product-profile fields set when an answer falls in this band} */
  public abstract Map<String, List<String>> fills();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HoursBand}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableHoursBand.Builder {}
}
