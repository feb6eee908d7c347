package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One question: its text, how it is answered and what each answer means. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Question {
  /** {@return the question's id, as answers name it} */
  public abstract String id();

  /**
   * {@return the area it belongs to (self-assessment, supplier dialogue); empty when the
   * questionnaire has none}
   */
  public abstract Optional<String> area();

  /** {@return the question as asked} */
  public abstract LocalizedText text();

  /** {@return guidance for the person answering, if any} */
  public abstract Optional<LocalizedText> help();

  /** {@return single choice, multiple choice, hours or text} */
  public abstract QuestionType type();

  /** {@return whether the question must be answered; true by default} */
  @Value.Default
  public boolean required() {
    return true;
  }

  /** {@return for a choice question, the options in order} */
  public abstract List<AnswerOption> options();

  /**
   * For {@link QuestionType#HOURS}: the bands, in ascending order.
   *
   * @return for an hours question, the bands in ascending order
   */
  public abstract List<HoursBand> bands();

  /**
   * For {@link QuestionType#TEXT}: the product-profile field the answer fills.
   *
   * @return for a text question, the product-profile field the answer fills
   */
  public abstract Optional<String> fills();

  /** {@return why the question is asked: the rule or guidance behind it} */
  public abstract List<LegalReference> references();

  /**
   * The option with this id.
   *
   * @param id the option's id
   * @return the option; empty if there is none
   */
  public final Optional<AnswerOption> option(String id) {
    return options().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * The band an answer of {@code hours} falls in.
   *
   * @param hours the answer in hours
   * @return the first band whose upper bound is at least {@code hours}; empty if none
   */
  public final Optional<HoursBand> band(double hours) {
    for (HoursBand band : bands()) {
      if (band.atMostHours().isEmpty() || hours <= band.atMostHours().get()) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    boolean choice = type() == QuestionType.SINGLE_CHOICE || type() == QuestionType.MULTIPLE_CHOICE;
    if (choice && options().isEmpty()) {
      throw new IllegalArgumentException("question " + id() + " offers no options");
    }
    if (type() == QuestionType.HOURS && bands().isEmpty()) {
      throw new IllegalArgumentException("question " + id() + " has no hour bands");
    }
    double previous = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < bands().size(); i++) {
      Optional<Double> bound = bands().get(i).atMostHours();
      if (bound.isEmpty() && i != bands().size() - 1) {
        throw new IllegalArgumentException("question " + id() + ": only the last band may be open-ended");
      }
      if (bound.isPresent()) {
        if (bound.get() <= previous) {
          throw new IllegalArgumentException("question " + id() + ": bands must be in ascending order");
        }
        previous = bound.get();
      }
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Question}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableQuestion.Builder {}
}
