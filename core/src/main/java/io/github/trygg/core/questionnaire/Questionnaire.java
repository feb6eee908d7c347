package io.github.trygg.core.questionnaire;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A versioned questionnaire: areas, questions and what each answer means. Evaluate answers with
 * {@link #evaluate(Answers)}. The shipped ones are in {@link Questionnaires}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Questionnaire {
  public abstract String id();

  public abstract String version();

  public abstract QuestionnaireKind kind();

  public abstract LocalizedText title();

  public abstract List<Area> areas();

  public abstract List<Question> questions();

  /** The guidance the questionnaire is built on. */
  public abstract List<LegalReference> sources();

  public final Optional<Question> question(String id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  public final Optional<Area> area(String id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Evaluates {@code answers}. An answer to an unknown question, an unknown option, more than one
   * option for a single-choice question, negative hours or an answer of the wrong kind is an
   * {@link io.github.trygg.core.InvalidInputException} listing every such problem; unanswered
   * questions are not errors but are reported in the result.
   */
  public final QuestionnaireResult evaluate(Answers answers) {
    return QuestionnaireResult.evaluate(this, answers);
  }

  @Value.Check
  protected void check() {
    Set<String> ids = new HashSet<>();
    Set<String> areaIds = new HashSet<>();
    areas().forEach(a -> areaIds.add(a.id()));
    for (Question q : questions()) {
      if (!ids.add(q.id())) {
        throw new IllegalArgumentException("question id '" + q.id() + "' appears twice in " + id());
      }
      if (q.area().isPresent() && !areaIds.contains(q.area().get())) {
        throw new IllegalArgumentException("question " + q.id() + " names unknown area '" + q.area().get() + "'");
      }
      Set<String> optionIds = new HashSet<>();
      for (AnswerOption o : q.options()) {
        if (!optionIds.add(o.id())) {
          throw new IllegalArgumentException("option id '" + o.id() + "' appears twice in question " + q.id());
        }
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableQuestionnaire.Builder {}
}
