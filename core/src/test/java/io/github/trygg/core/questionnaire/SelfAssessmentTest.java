package io.github.trygg.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The self-assessment by area: what is in place, what is missing. */
class SelfAssessmentTest {
  static final Questionnaire Q = Questionnaires.selfAssessment();

  static List<String> questionIds() {
    return Q.questions().stream().map(Question::id).toList();
  }

  static Answers all(String option) {
    Answers.Builder b = Answers.builder();
    questionIds().forEach(id -> b.choose(id, option));
    return b.build();
  }

  @Test
  void everythingInPlaceMeansEveryAreaComplete() {
    QuestionnaireResult result = Q.evaluate(all("yes"));
    assertTrue(result.concerns().isEmpty());
    for (AreaScore score : result.areaScores()) {
      assertEquals(score.max(), score.score(), score.area().id());
      assertEquals(100, score.percent());
      assertTrue(score.missing().isEmpty());
    }
    assertEquals(10, result.areaScores().size());
  }

  @ParameterizedTest(name = "''no'' to {0} shows it missing")
  @MethodSource("questionIds")
  void aNoShowsWhatIsMissingInItsArea(String questionId) {
    QuestionnaireResult result = Q.evaluate(all("yes").with(Answers.builder().choose(questionId, "no").build()));
    String area = Q.question(questionId).orElseThrow().area().orElseThrow();
    AreaScore score = result.areaScores().stream().filter(s -> s.area().id().equals(area)).findFirst().orElseThrow();
    assertEquals(List.of(questionId), score.missing());
    assertEquals(score.max() - 2, score.score());
    assertEquals(1, result.concerns().size());
    assertEquals(ConcernSeverity.HIGH, result.concerns().get(0).concern().severity());
    assertTrue(result.concerns().get(0).concern().text().en().startsWith("Missing: "));
  }

  @ParameterizedTest(name = "''partly'' to {0} is a medium concern")
  @MethodSource("questionIds")
  void aPartlyIsHalfWay(String questionId) {
    QuestionnaireResult result = Q.evaluate(all("yes").with(Answers.builder().choose(questionId, "partly").build()));
    assertEquals(ConcernSeverity.MEDIUM, result.concerns().get(0).concern().severity());
    assertTrue(result.concerns().get(0).concern().text().sv().startsWith("Delvis på plats: "));
  }

  @Test
  void unansweredQuestionsCountAsMissing() {
    QuestionnaireResult result = Q.evaluate(Answers.builder().choose("policy", "yes").build());
    AreaScore governance = result.areaScores().get(0);
    assertEquals("governance", governance.area().id());
    assertEquals(List.of("roles", "inventory"), governance.missing());
    assertEquals(33, governance.percent());
    List<String> nb = result.explain(Language.NORWEGIAN_BOKMAL);
    assertTrue(nb.stream().anyMatch(l -> l.startsWith("Styring og ansvar: 2/6 (33 %); mangler eller delvis på plass: Er informasjonseiere")), nb.toString());
  }
}
