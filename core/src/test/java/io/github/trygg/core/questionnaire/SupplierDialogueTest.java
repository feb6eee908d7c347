package io.github.trygg.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.SystemFeature;
import io.github.trygg.core.register.TransferSafeguard;
import io.github.trygg.core.register.Vendor;
import io.github.trygg.core.register.VendorRole;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The supplier dialogue: every concern rule positive and negative, and filling the product profile. */
class SupplierDialogueTest {
  static final Questionnaire Q = Questionnaires.supplierDialogue();

  static Stream<Arguments> concernRules() {
    List<Arguments> rules = new ArrayList<>();
    for (Question question : Q.questions()) {
      for (AnswerOption option : question.options()) {
        if (option.concern().isPresent()) {
          AnswerOption clean = question.options().stream().filter(o -> o.concern().isEmpty()).findFirst().orElseThrow();
          rules.add(Arguments.of(question.id(), option.id(), clean.id(), option.concern().get()));
        }
      }
    }
    return rules.stream();
  }

  @Test
  void coversTheAreasTheSeedNames() {
    List<String> areas = Q.areas().stream().map(Area::id).toList();
    assertTrue(areas.containsAll(List.of("hosting", "sub-processors", "encryption", "authentication", "logging", "incidents", "deletion")), areas.toString());
    assertTrue(concernRules().count() >= 15, "concern rules: " + concernRules().count());
  }

  @ParameterizedTest(name = "{0}={1} raises its concern")
  @MethodSource("concernRules")
  void aWeakAnswerRaisesItsConcern(String question, String weak, String clean, AnswerConcern concern) {
    QuestionnaireResult result = Q.evaluate(Answers.builder().choose(question, weak).build());
    assertEquals(List.of(concern), result.concerns().stream().map(RaisedConcern::concern).toList());
    assertEquals(question, result.concerns().get(0).questionId());
  }

  @ParameterizedTest(name = "{0}={2} raises none")
  @MethodSource("concernRules")
  void aGoodAnswerToTheSameQuestionRaisesNone(String question, String weak, String clean, AnswerConcern concern) {
    assertTrue(Q.evaluate(Answers.builder().choose(question, clean).build()).concerns().isEmpty());
  }

  static Stream<Arguments> fillRules() {
    List<Arguments> rules = new ArrayList<>();
    for (Question question : Q.questions()) {
      for (AnswerOption option : question.options()) {
        if (!option.fills().isEmpty()) {
          AnswerOption other = question.options().stream().filter(o -> !o.fills().equals(option.fills())).findFirst().orElseThrow();
          rules.add(Arguments.of(question.id(), option.id(), other.id(), option.fills()));
        }
      }
      for (HoursBand band : question.bands()) {
        if (!band.fills().isEmpty()) {
          rules.add(Arguments.of(question.id(), band.id(), "", band.fills()));
        }
      }
    }
    return rules.stream();
  }

  @ParameterizedTest(name = "{0}={1} fills {3}")
  @MethodSource("fillRules")
  void anAnswerFillsItsProductProfileFieldsAndAnotherAnswerDoesNot(String question, String answer, String other, Map<String, List<String>> fills) {
    Question q = Q.question(question).orElseThrow();
    Answers given = q.type() == QuestionType.HOURS
        ? Answers.builder().hours(question, q.bands().stream().filter(b -> b.id().equals(answer)).findFirst().orElseThrow().atMostHours().orElseThrow()).build()
        : Answers.builder().choose(question, answer).build();
    QuestionnaireResult result = Q.evaluate(given);
    fills.forEach((field, values) -> {
      assertEquals(values, result.fills().get(field), field);
      assertEquals(question, result.filledBy().get(field));
    });
    if (!other.isEmpty()) {
      QuestionnaireResult otherResult = Q.evaluate(Answers.builder().choose(question, other).build());
      fills.forEach((field, values) -> assertFalse(values.equals(otherResult.fills().get(field)), field + " from " + other));
    } else {
      QuestionnaireResult beyond = Q.evaluate(Answers.builder().hours(question, 0.001).build());
      boolean sameBand = q.band(0.001).orElseThrow().id().equals(answer);
      fills.forEach((field, values) -> assertEquals(sameBand, values.equals(beyond.fills().get(field)), field));
    }
  }

  static Answers larmkraftLike() {
    return Answers.builder()
        .text("vendor-name", "Larmkraft AB")
        .text("product-name", "Larmkraft Trygghetslarmplattform")
        .text("vendor-country", "SE")
        .choose("vendor-role", "processor")
        .choose("features", "sensors", "audio")
        .choose("data-location", "se")
        .choose("transfer-safeguard", "none-needed")
        .choose("third-country-access", "no")
        .choose("internet-exposed", "yes")
        .choose("sub-processors", "listed")
        .choose("encryption-in-transit", "tls")
        .choose("encryption-at-rest", "vendor-keys")
        .choose("user-authentication", "substantial")
        .choose("device-authentication", "certificates")
        .choose("access-logging", "logged-and-reviewable")
        .choose("incident-notification", "within-24h")
        .hours("recovery-time", 0.25)
        .hours("backup-interval", 0.01)
        .choose("deletion-at-end", "returned-and-deleted")
        .choose("retention-configurable", "yes")
        .build();
  }

  @Test
  void answersFillTheProductProfile() {
    QuestionnaireResult result = Q.evaluate(larmkraftLike());
    assertTrue(result.concerns().isEmpty(), result.concerns().toString());
    assertTrue(result.unanswered().isEmpty());
    ProductProfile profile = result.productProfile("larmplattform", "larmkraft");
    InformationSystem system = profile.system();
    assertEquals("Larmkraft Trygghetslarmplattform", system.name());
    assertEquals(List.of("SE"), system.dataLocations());
    assertEquals(AssuranceLevel.SUBSTANTIAL, system.authentication().orElseThrow());
    assertEquals(List.of(SystemFeature.SENSORS, SystemFeature.AUDIO), system.features());
    assertTrue(system.internetExposed());
    assertEquals(Duration.ofMinutes(15), system.recoveryCapability().orElseThrow().maxDowntime().orElseThrow());
    assertEquals(Duration.ofMinutes(1), system.recoveryCapability().orElseThrow().maxDataLoss().orElseThrow());
    Vendor vendor = profile.vendor().orElseThrow();
    assertEquals(VendorRole.PROCESSOR, vendor.role());
    assertEquals("SE", vendor.country());
    assertTrue(profile.missing().isEmpty(), profile.missing().toString());
    assertEquals("user-authentication", profile.filledBy().get("system.authentication"));
    assertEquals(1, profile.toRegister().systems().size());
    assertTrue(result.explain(Language.ENGLISH).stream().anyMatch(l -> l.startsWith("Product profile system.authentication = substantial")));
  }

  @Test
  void aThirdCountryVendorGetsItsSafeguardsAndConcerns() {
    Answers answers = larmkraftLike().with(Answers.builder()
        .text("vendor-country", "US")
        .choose("data-location", "us", "ie")
        .choose("transfer-safeguard", "scc")
        .choose("third-country-access", "yes")
        .choose("user-authentication", "password")
        .build());
    QuestionnaireResult result = Q.evaluate(answers);
    assertEquals(ConcernSeverity.HIGH, result.concerns().get(0).concern().severity(), "most severe first");
    assertEquals(List.of("data-location", "third-country-access", "user-authentication", "transfer-safeguard"),
        result.concerns().stream().map(RaisedConcern::questionId).toList());
    ProductProfile profile = result.productProfile("analytics", "insight");
    assertEquals(List.of(TransferSafeguard.STANDARD_CONTRACTUAL_CLAUSES), profile.vendor().orElseThrow().safeguards());
    assertEquals(AssuranceLevel.LOW, profile.system().authentication().orElseThrow());
    assertEquals(List.of("US", "IE"), profile.system().dataLocations());
  }

  @Test
  void missingAnswersLeaveTheVendorOutAndSaySo() {
    ProductProfile profile = Q.evaluate(Answers.builder().choose("data-location", "se").build()).productProfile("x", "y");
    assertTrue(profile.vendor().isEmpty());
    assertTrue(profile.missing().containsAll(List.of("system.name", "system.authentication", "vendor.name", "vendor.country", "vendor.role")), profile.missing().toString());
  }

  @Test
  void aTextAnswerThatCannotFillItsFieldIsRejectedWithoutEchoingIt() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> Q.evaluate(Answers.builder().text("vendor-country", "Sverige").build()));
    assertEquals("bad-value", e.problems().get(0).code());
    assertFalse(e.getMessage().contains("Sverige"));
  }
}
