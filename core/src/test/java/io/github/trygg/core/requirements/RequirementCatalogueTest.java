package io.github.trygg.core.requirements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalogue: its content, and every requirement mapping positive and negative. */
class RequirementCatalogueTest {
  static final RequirementCatalogue CATALOGUE = RequirementCatalogues.bundled();
  private static final Pattern ISO = Pattern.compile("ISO/IEC 27002:2022 (\\d+)\\.(\\d+)");
  private static final LocalizedText WHY = new LocalizedText("skäl", "grunn", "reason");

  static Stream<Requirement> requirements() {
    return CATALOGUE.requirements().stream();
  }

  @Test
  void atLeastFortyRequirementsCoverTheAreasTheIssueNames() {
    assertTrue(CATALOGUE.requirements().size() >= 40, "requirements: " + CATALOGUE.requirements().size());
    Set<String> areas = CATALOGUE.requirements().stream().map(Requirement::area).collect(Collectors.toSet());
    assertTrue(areas.containsAll(Set.of("access-control", "authentication", "encryption-in-transit", "encryption-at-rest", "logging",
        "backup", "suppliers", "incidents", "continuity")), areas.toString());
    Set<SecurityAspect> aspects = CATALOGUE.requirements().stream().map(Requirement::aspect).collect(Collectors.toSet());
    assertEquals(EnumSet.allOf(SecurityAspect.class), aspects);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requirements")
  void everyCitationIsAnExistingIso27002ControlAGdprArticleOrAHslfSectionWithItsStatus(Requirement r) {
    assertFalse(r.references().isEmpty());
    for (LegalReference ref : r.references()) {
      Matcher iso = ISO.matcher(ref.citation());
      if (iso.matches()) {
        int theme = Integer.parseInt(iso.group(1));
        int control = Integer.parseInt(iso.group(2));
        // ISO/IEC 27002:2022 has 37 organisational, 8 people, 14 physical and 34 technological controls.
        int max = switch (theme) { case 5 -> 37; case 6 -> 8; case 7 -> 14; case 8 -> 34; default -> 0; };
        assertTrue(control >= 1 && control <= max, ref.citation());
      } else {
        assertTrue(ref.citation().matches("GDPR Art\\. \\d+(\\(\\d+\\))?(\\([a-z]\\))?|HSLF-FS 2016:40 \\d kap\\. \\d+( a)? §( \\d)?|patientdatalagen .*|EDPB .*"),
            "unexpected citation form: " + ref.citation());
      }
    }
    for (Language language : Language.values()) {
      assertFalse(r.text().in(language).isBlank());
      assertNotEquals(r.text().in(language), r.procurement().in(language), r.id() + " has its own procurement phrasing");
    }
  }

  static RequirementContext context(Requirement r, ConsequenceLevel level, Set<RequirementCondition> conditions) {
    RequirementContext.Builder b = RequirementContext.builder("system:test").levels(Levels.none().with(r.aspect(), level));
    b.levelReason(r.aspect(), WHY);
    conditions.forEach(c -> b.condition(c, new LocalizedText(c.name(), c.name(), c.name())));
    return b.build();
  }

  @ParameterizedTest(name = "{0} applies at its level with its conditions")
  @MethodSource("requirements")
  void appliesAtItsMinimumWithItsConditionsAndSaysWhy(Requirement r) {
    RequirementList list = CATALOGUE.requirementsFor(context(r, r.minimumLevel(), r.conditions()));
    ApplicableRequirement item = list.item(r.id()).orElseThrow();
    assertEquals(1 + r.conditions().size(), item.reasons().size());
    if (r.minimumLevel() != ConsequenceLevel.NONE) {
      assertTrue(item.reasons().get(0).en().contains("is " + r.minimumLevel().ordinalLevel() + " (requirement from level"), item.reasons().get(0).en());
      assertTrue(item.reasons().get(0).en().endsWith("reason"));
    }
  }

  @ParameterizedTest(name = "{0} does not apply one level below or without a condition")
  @MethodSource("requirements")
  void doesNotApplyBelowItsLevelOrWithoutAnyOfItsConditions(Requirement r) {
    if (r.minimumLevel() != ConsequenceLevel.NONE) {
      ConsequenceLevel below = ConsequenceLevel.ofOrdinal(r.minimumLevel().ordinalLevel() - 1);
      assertTrue(CATALOGUE.requirementsFor(context(r, below, EnumSet.allOf(RequirementCondition.class))).item(r.id()).isEmpty());
    }
    for (RequirementCondition missing : r.conditions()) {
      Set<RequirementCondition> others = EnumSet.allOf(RequirementCondition.class);
      others.remove(missing);
      assertTrue(CATALOGUE.requirementsFor(context(r, ConsequenceLevel.SERIOUS, others)).item(r.id()).isEmpty(), r.id() + " without " + missing);
    }
    assertTrue(r.minimumLevel() != ConsequenceLevel.NONE || !r.conditions().isEmpty(), r.id() + " must be able not to apply");
  }

  @Test
  void gapsComeMostSevereFirstAndAssessmentsCarryTheChosenMeasure() {
    RequirementContext ctx = RequirementContext.builder("system:alarm").levels(Levels.of(3, 2, 3, 3))
        .condition(RequirementCondition.PERSONAL_DATA, WHY).build();
    RequirementList list = CATALOGUE.requirementsFor(ctx).withAssessments(List.of(
        RequirementAssessment.of("au-03", ImplementationStatus.MET, "SITHS-kort eller BankID, tillitsnivå 3"),
        RequirementAssessment.of("lg-02", ImplementationStatus.PARTLY_MET, "Loggning finns, uppföljning saknas"),
        RequirementAssessment.of("br-03", ImplementationStatus.NOT_MET, "")));
    assertEquals("SITHS-kort eller BankID, tillitsnivå 3", list.item("au-03").orElseThrow().assessment().orElseThrow().measure().orElseThrow());
    List<ApplicableRequirement> gaps = list.gaps();
    assertTrue(gaps.stream().noneMatch(g -> g.requirement().id().equals("au-03")), "met is not a gap");
    assertEquals("br-03", gaps.get(0).requirement().id(), "level 3 and not met comes first");
    for (int i = 1; i < gaps.size(); i++) {
      assertTrue(gaps.get(i - 1).aspectLevel().compareTo(gaps.get(i).aspectLevel()) >= 0, "by level");
    }
    int lg02 = gaps.indexOf(list.item("lg-02").orElseThrow());
    int notAssessedAtThree = gaps.indexOf(list.item("lg-04").orElseThrow());
    assertTrue(notAssessedAtThree < lg02, "not assessed before partly met at the same level");
    List<String> sv = list.explain(Language.SWEDISH);
    assertTrue(sv.stream().anyMatch(l -> l.contains("status: uppfyllt; åtgärd: SITHS-kort")), sv.toString());
    assertTrue(sv.stream().anyMatch(l -> l.startsWith("Brist (nivå 3) br-03 — inte uppfyllt: ")), sv.toString());
  }

  @Test
  void anAssessmentOfAnUnknownRequirementIsRejected() {
    RequirementList list = CATALOGUE.requirementsFor(RequirementContext.builder("system:x").build());
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> list.withAssessments(List.of(RequirementAssessment.of("zz-99", ImplementationStatus.MET, "x"))));
    assertEquals("unknown-requirement", e.problems().get(0).code());
  }

  @Test
  void procurementPhrasingIsGroupedByAreaAndLevelFourIsFlagged() {
    RequirementContext ctx = RequirementContext.builder("system:alarm").levels(Levels.of(2, 3, 4, 2)).build();
    RequirementList list = CATALOGUE.requirementsFor(ctx);
    assertEquals(EnumSet.of(SecurityAspect.AVAILABILITY), list.separateAnalysisNeeded());
    List<String> en = list.procurementRequirements(Language.ENGLISH);
    assertEquals("Access control", en.get(0));
    assertTrue(en.contains("br-03: The vendor shall guarantee a recovery time of at most 4 hours and data loss of at most 1 hour. "
        + "[ISO/IEC 27002:2022 8.13 (standard or method; read in a secondary source); ISO/IEC 27002:2022 8.14 (standard or method; read in a secondary source)]"), en.toString());
    assertTrue(en.get(en.size() - 1).startsWith("Level 4 for Availability"), en.get(en.size() - 1));
    assertTrue(list.procurementRequirements(Language.NORWEGIAN_BOKMAL).stream().anyMatch(l -> l.startsWith("br-03: Leverandøren skal garantere")));
  }

  @Test
  void aMalformedCatalogueIsRejectedWithEveryProblemLocated() {
    String yaml = """
        format: trygg-requirement-catalogue/1
        id: own
        version: "1"
        title: {sv: Egen, nb: Egen, en: Own}
        areas:
          - {id: logging, label: {sv: L, nb: L, en: L}}
        requirements:
          - id: x-1
            scope: general
            area: loging
            aspect: traceability
            minimumLevel: 4
            text: {sv: T, nb: T, en: T}
            procurement: {sv: P, nb: P, en: P}
          - id: x-1
            scope: general
            area: logging
            aspect: tracability
            minimumLevel: 1
            text: {sv: T, nb: T, en: T}
            procurement: {sv: P, nb: P, en: P}
            references: [{citation: "ISO/IEC 27002:2022 8.15", kind: standard, status: maybe, scope: general}]
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> RequirementCatalogues.read("own.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    List<String> found = e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList();
    assertEquals(List.of(
        "unknown-reference /requirements/0/area",
        "out-of-range /requirements/0/minimumLevel",
        "missing-reference /requirements/0",
        "duplicate-id /requirements/1/id",
        "unknown-value /requirements/1/references/0/status",
        "unknown-value /requirements/1/aspect"), found);
    assertTrue(e.problems().stream().allMatch(p -> p.location().line() > 0), e.getMessage());
    Problem missing = e.problems().get(2);
    assertTrue(missing.expected().contains("ISO/IEC 27002"), missing.expected());
  }
}
