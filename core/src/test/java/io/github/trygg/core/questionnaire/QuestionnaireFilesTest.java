package io.github.trygg.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Shipped questionnaires load and are complete; malformed ones are rejected with their locations. */
class QuestionnaireFilesTest {
  @Test
  void everyShippedQuestionnaireHasTextsInThreeLanguagesAndReasons() {
    for (Questionnaire q : Questionnaires.bundled()) {
      assertFalse(q.sources().isEmpty(), q.id());
      for (Question question : q.questions()) {
        for (Language language : Language.values()) {
          assertFalse(question.text().in(language).isBlank(), question.id());
          question.options().forEach(o -> assertFalse(o.label().in(language).isBlank(), question.id() + "/" + o.id()));
        }
        if (question.type() != QuestionType.TEXT) {
          assertFalse(question.references().isEmpty(), q.id() + "/" + question.id() + " says what it rests on");
        }
      }
    }
  }

  @Test
  void aMalformedQuestionnaireIsRejectedWithEveryProblemLocated() {
    String yaml = """
        format: trygg-questionnaire/1
        id: broken
        version: "1"
        kind: classification
        title: {sv: Trasig, nb: Ødelagt, en: Broken}
        areas:
          - {id: a, label: {sv: A, nb: A, en: A}}
        questions:
          - id: q1
            area: b
            type: single-choice
            text: {sv: F, nb: S, en: Q}
            options:
              - {id: x, label: {sv: X, nb: X, en: X}, minimums: {confidentiality: 5}}
              - {id: x, label: {sv: Y, nb: Y, en: Y}, fills: {system.colour: [red]}}
          - id: q2
            type: hours
            text: {sv: F, nb: S, en: Q}
            bands:
              - {id: b1, atMostHours: 8, label: {sv: X, nb: X, en: X}, minimums: {availabilty: 2}}
              - {id: b2, atMostHours: 4, label: {sv: Y, nb: Y, en: Y}}
          - id: q3
            type: text
            text: {sv: F, nb: S, en: Q}
            lable: oops
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> Questionnaires.read("broken.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    Map<String, List<String>> byCode = e.problems().stream()
        .collect(Collectors.groupingBy(Problem::code, Collectors.mapping(p -> p.location().pointer(), Collectors.toList())));
    assertEquals(List.of("/questions/0/options/0/minimums/confidentiality"), byCode.get("out-of-range"));
    assertEquals(List.of("/questions/0/options/1/id"), byCode.get("duplicate-id"));
    assertEquals(List.of("/questions/0/options/1/fills/system.colour"), byCode.get("unknown-field"));
    assertEquals(List.of("/questions/0/area"), byCode.get("unknown-reference"));
    assertEquals(List.of("/questions/1/bands/0/minimums/availabilty"), byCode.get("unknown-value"));
    assertEquals(List.of("/questions/1/bands/1/atMostHours"), byCode.get("order"));
    assertEquals(List.of("/questions/2/lable"), byCode.get("unknown-property"));
    assertTrue(byCode.get("missing-property").contains("/questions/2"), "a text question must name its field");
    assertTrue(e.problems().stream().allMatch(p -> p.location().source().equals("broken.yaml") && p.location().line() > 0), e.getMessage());
  }
}
