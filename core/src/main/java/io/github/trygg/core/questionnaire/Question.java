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
  public abstract String id();

  /** The area it belongs to (self-assessment, supplier dialogue); empty when the questionnaire has none. */
  public abstract Optional<String> area();

  public abstract LocalizedText text();

  public abstract Optional<LocalizedText> help();

  public abstract QuestionType type();

  @Value.Default
  public boolean required() {
    return true;
  }

  public abstract List<AnswerOption> options();

  /** For {@link QuestionType#HOURS}: the bands, in ascending order. */
  public abstract List<HoursBand> bands();

  /** For {@link QuestionType#TEXT}: the product-profile field the answer fills. */
  public abstract Optional<String> fills();

  /** Why the question is asked: the rule or guidance behind it. */
  public abstract List<LegalReference> references();

  public final Optional<AnswerOption> option(String id) {
    return options().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** The band an answer of {@code hours} falls in. */
  public final Optional<HoursBand> band(double hours) {
    for (HoursBand band : bands()) {
      if (band.atMostHours().isEmpty() || hours <= band.atMostHours().get()) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

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

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableQuestion.Builder {}
}
