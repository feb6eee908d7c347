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
  /** {@return the questionnaire's id} */
  public abstract String id();

  /** {@return the questionnaire's version; results name it} */
  public abstract String version();

  /** {@return what the questionnaire is for: classification, supplier dialogue or self-assessment} */
  public abstract QuestionnaireKind kind();

  /** {@return the questionnaire's title} */
  public abstract LocalizedText title();

  /** {@return the areas questions are grouped and scored in, in order} */
  public abstract List<Area> areas();

  /** {@return the questions, in order} */
  public abstract List<Question> questions();

  /** {@return the guidance the questionnaire is built on} */
  public abstract List<LegalReference> sources();

  /**
   * The question with this id.
   *
   * @param id the question's id
   * @return the question; empty if there is none
   */
  public final Optional<Question> question(String id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst();
  }

  /**
   * The area with this id.
   *
   * @param id the area's id
   * @return the area; empty if there is none
   */
  public final Optional<Area> area(String id) {
    return areas().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * Evaluates {@code answers}. An answer to an unknown question, an unknown option, more than one
   * option for a single-choice question, negative hours or an answer of the wrong kind is an
   * {@link io.github.trygg.core.InvalidInputException} listing every such problem; unanswered
   * questions are not errors but are reported in the result.
   *
   * @param answers the answers
   * @return the decision, with the rule, the measures and the reasons
   */
  public final QuestionnaireResult evaluate(Answers answers) {
    return QuestionnaireResult.evaluate(this, answers);
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
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

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Questionnaire}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableQuestionnaire.Builder {}
}
