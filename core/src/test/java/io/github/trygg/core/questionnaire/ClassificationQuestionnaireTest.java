package io.github.trygg.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ClassificationProfile;
import io.github.trygg.core.classification.ClassificationProfiles;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.RatingOrigin;
import io.github.trygg.core.classification.SecurityAspect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every answer rule of the shipped classification questionnaire, positive and negative. */
class ClassificationQuestionnaireTest {
  static final Questionnaire Q = Questionnaires.classification();
  static final ClassificationProfile KLASSA = ClassificationProfiles.bundled().get(ClassificationProfiles.KLASSA).orElseThrow();

  /** One row per answer that implies a level: the question, how to give the answer, its minimums. */
  static Stream<Arguments> rules() {
    List<Arguments> rules = new ArrayList<>();
    for (Question question : Q.questions()) {
      for (AnswerOption option : question.options()) {
        if (!option.minimums().isEmpty()) {
          rules.add(Arguments.of(question.id() + "=" + option.id(), Answers.builder().choose(question.id(), option.id()).build(),
              lowest(question), option.minimums()));
        }
      }
      for (HoursBand band : question.bands()) {
        if (!band.minimums().isEmpty()) {
          double inside = band.atMostHours().orElseThrow();
          rules.add(Arguments.of(question.id() + "=" + band.id(), Answers.builder().hours(question.id(), inside).build(),
              lowest(question), band.minimums()));
        }
      }
    }
    return rules.stream();
  }

  /** The answer to the same question that implies nothing. */
  static Answers lowest(Question question) {
    switch (question.type()) {
      case MULTIPLE_CHOICE:
        return Answers.builder().choose(question.id(), List.of()).build();
      case HOURS:
        return Answers.builder().hours(question.id(), 100_000).build();
      default:
        AnswerOption none = question.options().stream().filter(o -> o.minimums().isEmpty()).findFirst().orElseThrow();
        return Answers.builder().choose(question.id(), none.id()).build();
    }
  }

  @Test
  void theQuestionnaireCoversWhatTheIssueNames() {
    List<String> ids = Q.questions().stream().map(Question::id).toList();
    assertTrue(ids.containsAll(List.of("personal-data", "special-categories", "secrecy", "wrong-information-harm", "unavailable-information-harm", "tolerable-downtime", "data-loss", "traceability")), ids.toString());
    assertEquals(QuestionnaireKind.CLASSIFICATION, Q.kind());
    assertTrue(rules().count() >= 20, "answer rules: " + rules().count());
  }

  @ParameterizedTest(name = "{0} sets its minimums")
  @MethodSource("rules")
  void anAnswerImpliesItsMinimumAndIsNamedAsTheReason(String rule, Answers answer, Answers lowest, Map<SecurityAspect, ConsequenceLevel> minimums) {
    QuestionnaireResult result = Q.evaluate(answer);
    minimums.forEach((aspect, level) -> {
      AspectOutcome outcome = result.outcome(aspect);
      assertEquals(level, outcome.level(), rule + " " + aspect);
      assertEquals(1, outcome.decisive().size());
      assertEquals(rule.substring(0, rule.indexOf('=')), outcome.decisive().get(0).questionId());
    });
  }

  @ParameterizedTest(name = "{0}: the lowest answer to the same question stays below")
  @MethodSource("rules")
  void theLowestAnswerToTheSameQuestionDoesNotReachIt(String rule, Answers answer, Answers lowest, Map<SecurityAspect, ConsequenceLevel> minimums) {
    QuestionnaireResult result = Q.evaluate(lowest);
    minimums.forEach((aspect, level) -> {
      assertTrue(result.outcome(aspect).level().compareTo(level) < 0, rule + " " + aspect);
      assertTrue(result.outcome(aspect).decisive().isEmpty());
    });
  }

  @Test
  void theHighestMinimumWinsAndEveryAnswerThatSetItIsListed() {
    Answers answers = Answers.builder()
        .choose("personal-data", "yes")
        .choose("special-categories", "health", "criminal")
        .choose("secrecy", "straight-harm-test")
        .build();
    QuestionnaireResult result = Q.evaluate(answers);
    AspectOutcome c = result.outcome(SecurityAspect.CONFIDENTIALITY);
    assertEquals(ConsequenceLevel.SERIOUS, c.level());
    assertEquals(List.of("health", "criminal"), c.decisive().stream().map(AnswerReason::answerId).toList());
    assertEquals(4, c.contributing().size(), "personal data, health, criminal and secrecy all contributed");
    assertEquals(Levels.of(3, 0, 0, 3), result.levels());
  }

  @Test
  void hourBoundariesAreInclusive() {
    assertEquals(ConsequenceLevel.SERIOUS, Q.evaluate(Answers.builder().hours("tolerable-downtime", 2).build()).outcome(SecurityAspect.AVAILABILITY).level());
    assertEquals(ConsequenceLevel.SUBSTANTIAL, Q.evaluate(Answers.builder().hours("tolerable-downtime", 2.5).build()).outcome(SecurityAspect.AVAILABILITY).level());
    assertEquals(ConsequenceLevel.NONE, Q.evaluate(Answers.builder().hours("tolerable-downtime", 169).build()).outcome(SecurityAspect.AVAILABILITY).level());
  }

  @Test
  void explanationsNameTheAnswersInEachLanguage() {
    QuestionnaireResult result = Q.evaluate(Answers.builder().choose("unavailable-information-harm", "life-threatening").hours("tolerable-downtime", 0.5).build());
    List<String> sv = result.explain(KLASSA, Language.SWEDISH);
    assertTrue(sv.stream().anyMatch(l -> l.startsWith("Tillgänglighet: 4 Synnerligen allvarlig — satt av ”Kan det skada")), sv.toString());
    assertTrue(sv.stream().anyMatch(l -> l.contains("särskild analys")), sv.toString());
    assertTrue(sv.stream().anyMatch(l -> l.startsWith("Konfidentialitet: 0 Ingen eller försumbar — inget svar")), sv.toString());
    List<String> nb = result.explain(KLASSA, Language.NORWEGIAN_BOKMAL);
    assertTrue(nb.stream().anyMatch(l -> l.startsWith("Tilgjengelighet: 4 Svært alvorlig — satt av «Kan det skade")), nb.toString());
    List<String> en = result.explain(Language.ENGLISH);
    assertTrue(en.stream().anyMatch(l -> l.startsWith("Availability: 4 — set by \"Can it harm")), en.toString());
    assertTrue(en.stream().anyMatch(l -> l.startsWith("Not answered: \"Does the information contain personal data?\"")), en.toString());
  }

  @Test
  void unansweredQuestionsAreReportedNotGuessed() {
    QuestionnaireResult result = Q.evaluate(Answers.none());
    assertEquals(Q.questions().size(), result.unanswered().size());
    assertEquals(Levels.none(), result.levels());
  }

  @Test
  void everyBadAnswerIsReportedAtOnceWithItsQuestion() {
    Answers bad = Answers.builder()
        .choose("personal-data", "yes", "no")
        .choose("secrecy", "top-secret")
        .hours("tolerable-downtime", -1)
        .text("wrong-information-harm", "maybe")
        .choose("no-such-question", "x")
        .build();
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Q.evaluate(bad));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertEquals(List.of("unknown-question", "one-option", "unknown-option", "wrong-answer-type", "out-of-range"), codes);
    assertEquals("/secrecy", e.problems().get(2).location().pointer());
    assertFalse(e.getMessage().contains("maybe"), "free text is not echoed");
  }

  @Test
  void answersBecomeAClassificationWithReasonsWhoAndWhen() {
    Answers answers = Answers.builder().choose("personal-data", "yes").choose("special-categories", "health")
        .choose("wrong-information-harm", "serious").choose("unavailable-information-harm", "serious").hours("tolerable-downtime", 1).build();
    AssetClassification klassa = Q.evaluate(answers).toClassification(KLASSA, Language.SWEDISH, "Informationsägare", LocalDate.of(2026, 5, 4));
    assertEquals("klassa-se@1:C3 I3 A3 T3", klassa.fingerprint());
    assertEquals(RatingOrigin.ASSESSED, klassa.ratings().get(SecurityAspect.AVAILABILITY).origin());
    String why = klassa.ratings().get(SecurityAspect.AVAILABILITY).justification();
    assertTrue(why.contains("Kan det skada") && why.contains("1 h"), why);
    assertEquals(LocalDate.of(2026, 5, 4), klassa.ratings().get(SecurityAspect.CONFIDENTIALITY).assessedOn().orElseThrow());

    ClassificationProfile bsi = ClassificationProfiles.bundled().get(ClassificationProfiles.BSI).orElseThrow();
    AssetClassification inBsi = Q.evaluate(answers).toClassification(bsi, Language.ENGLISH, "owner", LocalDate.of(2026, 5, 4));
    assertFalse(inBsi.ratings().containsKey(SecurityAspect.TRACEABILITY), "BSI rates no traceability");
  }
}
