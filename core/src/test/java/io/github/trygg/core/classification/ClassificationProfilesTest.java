package io.github.trygg.core.classification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.Problem;
import io.github.trygg.core.VerificationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassificationProfilesTest {
  private static final ClassificationProfiles PROFILES = ClassificationProfiles.bundled();

  @Test
  void theThreeShippedProfilesLoadAndCoverEveryOrdinal() {
    List<String> ids = PROFILES.all().stream().map(ClassificationProfile::id).toList();
    assertEquals(List.of(ClassificationProfiles.KLASSA, ClassificationProfiles.BSI, ClassificationProfiles.NORWEGIAN), ids);
    for (ClassificationProfile profile : PROFILES.all()) {
      for (ConsequenceLevel level : ConsequenceLevel.values()) {
        ProfileLevel step = profile.step(level);
        assertTrue(step.covers().contains(level));
        for (Language language : Language.values()) {
          assertFalse(step.label().in(language).isBlank());
          assertFalse(step.description().in(language).isBlank());
        }
      }
      assertFalse(profile.sources().isEmpty(), profile.id() + " names its sources");
    }
  }

  @Test
  void uncertainMappingsAreMarkedUnverified() {
    for (ClassificationProfile profile : PROFILES.all()) {
      assertTrue(profile.sources().stream().anyMatch(s -> s.status() == VerificationStatus.UNVERIFIED),
          profile.id() + " records that its numbering is a decision");
    }
  }

  @ParameterizedTest(name = "{0}: ''{1}'' reads as {2}")
  @CsvSource({
    "klassa-se, 0, 0", "klassa-se, 1, 1", "klassa-se, Betydande, 2", "klassa-se, allvarlig, 3", "klassa-se, Synnerligen allvarlig, 4",
    "klassa-se, Serious, 3",
    "bsi-200-2, normal, 1", "bsi-200-2, hoch, 2", "bsi-200-2, sehr-hoch, 3", "bsi-200-2, sehr hoch, 3", "bsi-200-2, sehr hoch (very high), 3",
    "no-1-4, 1, 1", "no-1-4, 2, 2", "no-1-4, Høy, 3", "no-1-4, 4, 4"
  })
  void labelsAndCodesReadAsOrdinals(String profile, String text, int ordinal) {
    assertEquals(ConsequenceLevel.ofOrdinal(ordinal), PROFILES.get(profile).orElseThrow().parse(text).orElseThrow());
  }

  @ParameterizedTest(name = "{0}: ''{1}'' is not a step")
  @CsvSource({"klassa-se, 5", "klassa-se, hoch", "bsi-200-2, 0", "bsi-200-2, 4", "bsi-200-2, sehr", "no-1-4, 0", "no-1-4, Allvarlig skada"})
  void textsOfOtherSchemesDoNotRead(String profile, String text) {
    assertTrue(PROFILES.get(profile).orElseThrow().parse(text).isEmpty());
  }

  @ParameterizedTest(name = "{0} shows level {1} as ''{2}''")
  @CsvSource({
    "klassa-se, 0, 0 Ingen eller försumbar", "klassa-se, 3, 3 Allvarlig", "klassa-se, 4, 4 Synnerligen allvarlig",
    "bsi-200-2, 0, normal", "bsi-200-2, 1, normal", "bsi-200-2, 2, hoch (högt)", "bsi-200-2, 4, sehr hoch (mycket högt)",
    "no-1-4, 0, 1 Låg", "no-1-4, 4, 4 Mycket hög"
  })
  void displayUsesTheProfilesWords(String profile, int ordinal, String shown) {
    assertEquals(shown, PROFILES.get(profile).orElseThrow().display(ConsequenceLevel.ofOrdinal(ordinal), Language.SWEDISH));
  }

  @Test
  void bsiRatesNoTraceability() {
    ClassificationProfile bsi = PROFILES.get(ClassificationProfiles.BSI).orElseThrow();
    assertEquals(EnumSet.of(SecurityAspect.CONFIDENTIALITY, SecurityAspect.INTEGRITY, SecurityAspect.AVAILABILITY), bsi.aspects());
    assertThrows(IllegalArgumentException.class, () -> bsi.aspectLabel(SecurityAspect.TRACEABILITY));
    assertEquals("Riktighet", PROFILES.get(ClassificationProfiles.KLASSA).orElseThrow().aspectLabel(SecurityAspect.INTEGRITY).sv());
  }

  @Test
  void aHostProfileIsReadFromAFileAndAddedNextToTheShippedOnes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("three.yaml");
    Files.writeString(file, threeStepProfile("1", "[0, 1]"));
    ClassificationProfile own = ClassificationProfiles.read(file);
    ClassificationProfiles all = PROFILES.with(own);
    assertEquals(own, all.get("three-step", "2").orElseThrow());
    assertEquals(ConsequenceLevel.SERIOUS, own.parse("high").orElseThrow());
    assertEquals(4, all.all().size());
  }

  @Test
  void aProfileThatLeavesALevelUncoveredIsRejectedWhole() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(threeStepProfile("1", "[1]")));
    assertTrue(e.getMessage().contains("uncovered: [0]"), e.getMessage());
  }

  @Test
  void aMisspeltPropertyIsReportedWithLineColumnAndPointer() {
    String text = threeStepProfile("1", "[0, 1]").replace("    description:\n      sv: Låg", "    descripton:\n      sv: Låg");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text));
    Problem unknown = e.problems().stream().filter(p -> p.code().equals("unknown-property")).findFirst().orElseThrow();
    assertEquals("/levels/0/descripton", unknown.location().pointer());
    assertTrue(unknown.location().line() > 0 && unknown.location().column() > 0, unknown.toString());
    assertTrue(unknown.message().contains("did you mean 'description'"), unknown.message());
  }

  @Test
  void theWrongFormatAndAnOutOfRangeLevelAreBothReported() {
    String text = threeStepProfile("1", "[0, 1]").replace("trygg-classification-profile/1", "trygg-register/1").replace("level: 3", "level: 7");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(text));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.containsAll(List.of("wrong-format", "out-of-range")), codes.toString());
  }

  @Test
  void fingerprintFollowsLevelsAndProfileButNotWording() {
    AssetClassification a = classification(3, "Hälsouppgifter.");
    AssetClassification sameLevelOtherWords = classification(3, "Uppgifter om hälsa.");
    AssetClassification raised = classification(4, "Hälsouppgifter.");
    assertEquals("klassa-se@1:C3 I0 A0 T0", a.fingerprint());
    assertEquals(a.fingerprint(), sameLevelOtherWords.fingerprint());
    assertNotEquals(a.fingerprint(), raised.fingerprint());
  }

  @Test
  void explanationNamesLevelJustificationOriginWhoAndWhenAndFlagsLevelFour() {
    ClassificationProfile klassa = PROFILES.get(ClassificationProfiles.KLASSA).orElseThrow();
    List<String> sv = classification(4, "Ett larm som inte når fram kan kosta liv.").explain(klassa, Language.SWEDISH);
    assertEquals(2, sv.size());
    assertTrue(sv.get(0).startsWith("Konfidentialitet: 4 Synnerligen allvarlig"), sv.get(0));
    assertTrue(sv.get(0).contains("bedömd; Informationsägare, 2026-02-10"), sv.get(0));
    assertTrue(sv.get(1).contains("särskild analys"), sv.get(1));
    List<String> en = classification(3, "x").explain(klassa, Language.ENGLISH);
    assertEquals(1, en.size(), "no separate-analysis line below level 4");
    assertTrue(en.get(0).startsWith("Confidentiality: 3 Serious"), en.get(0));
  }

  private static AssetClassification classification(int level, String why) {
    return AssetClassification.builder().profileId("klassa-se").profileVersion("1")
        .putRatings(SecurityAspect.CONFIDENTIALITY, AspectRating.builder().aspect(SecurityAspect.CONFIDENTIALITY)
            .level(ConsequenceLevel.ofOrdinal(level)).justification(why).assessedBy("Informationsägare")
            .assessedOn(LocalDate.of(2026, 2, 10)).build())
        .build();
  }

  static ClassificationProfile read(String yaml) {
    return ClassificationProfiles.read("test.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
  }

  static String threeStepProfile(String lowLevel, String lowCovers) {
    return """
        format: trygg-classification-profile/1
        id: three-step
        version: "2"
        name: {sv: Tre steg, nb: Tre trinn, en: Three steps}
        aspects:
          confidentiality: {sv: Konfidentialitet, nb: Konfidensialitet, en: Confidentiality}
        levels:
          - code: low
            level: %s
            covers: %s
            label: {sv: Låg, nb: Lav, en: Low}
            description:
              sv: Låg
              nb: Lav
              en: Low
          - code: medium
            level: 2
            label: {sv: Medel, nb: Middels, en: Medium}
            description: {sv: Medel, nb: Middels, en: Medium}
          - code: high
            level: 3
            covers: [3, 4]
            label: {sv: Hög, nb: Høy, en: High}
            description: {sv: Hög, nb: Høy, en: High}
        """.formatted(lowLevel, lowCovers);
  }
}
