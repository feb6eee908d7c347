package io.github.trygg.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.trygg.core.register.RegisterCodes;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every enum a reader can meet has its words here, in core, and lengths of time are written out. */
class LabelsTest {
  /**
   * Enums a reader never sees as words: formats, languages, the consequence level (whose words come
   * from the classification profile), and machinery of the questionnaire and message engine.
   */
  static final Set<String> NOT_SHOWN = Set.of("DataFormat", "Language", "ConsequenceLevel", "QuestionType", "Sex", "DataForwarding",
      "RequiredMeasure", "EdgeKind");

  @Test
  void everyPublicEnumHasALabelInEveryLanguage() {
    List<String> unlabelled = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.github.trygg.core")) {
      if (!c.isEnum() || c.getPackageName().contains(".internal") || !c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)
          || NOT_SHOWN.contains(c.getSimpleName()) || c.getFullName().contains("ProfileFields") || c.getFullName().contains("Adjustment")) {
        continue;
      }
      if (!c.isAssignableTo(Labelled.class)) {
        unlabelled.add(c.getFullName());
        continue;
      }
      for (Object constant : c.reflect().getEnumConstants()) {
        LocalizedText label = ((Labelled) constant).label();
        String wire = ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Language language : Language.values()) {
          String word = label.in(language);
          assertFalse(word.isBlank(), c.getSimpleName() + "." + constant + " in " + language);
          assertFalse(word.contains("_"), c.getSimpleName() + "." + constant + " reads like a constant: " + word);
        }
        // A two-word constant never reads as its wire id in Swedish or Norwegian ("partly-met").
        if (wire.contains("-")) {
          assertFalse(label.sv().equals(wire) || label.nb().equals(wire), c.getSimpleName() + "." + constant + " is its wire id");
        }
      }
    }
    assertEquals(List.of(), unlabelled, "public enums without label(Language)");
  }

  @Test
  void durationsAndPeriodsAreWrittenInWords() {
    assertEquals(new LocalizedText("15 minuter", "15 minutter", "15 minutes"), Durations.words(Duration.ofMinutes(15)));
    assertEquals(new LocalizedText("1 timme och 30 minuter", "1 time og 30 minutter", "1 hour and 30 minutes"), Durations.words(Duration.parse("PT1H30M")));
    assertEquals(new LocalizedText("8 timmar", "8 timer", "8 hours"), Durations.words(Duration.parse("PT8H")));
    assertEquals(new LocalizedText("1 dag, 2 timmar och 1 sekund", "1 dag, 2 timer og 1 sekund", "1 day, 2 hours and 1 second"),
        Durations.words(Duration.parse("P1DT2H1S")));
    assertEquals(new LocalizedText("1 månad", "1 måned", "1 month"), Durations.words(Period.ofMonths(1)));
    assertEquals(new LocalizedText("2 år och 3 månader", "2 år og 3 måneder", "2 years and 3 months"), Durations.words(Period.parse("P2Y3M")));
    assertEquals(new LocalizedText("2 veckor", "2 uker", "2 weeks"), Durations.words(Period.ofDays(14)));
    assertEquals(new LocalizedText("30 dagar", "30 dager", "30 days"), Durations.words(Period.ofDays(30)));
    assertEquals(new LocalizedText("0 dagar", "0 dager", "0 days"), Durations.words(Period.ZERO));
  }

  @Test
  void registerCodesHaveWordsAndUnknownCodesStayAsWritten() {
    RegisterCodes codes = RegisterCodes.bundled();
    assertEquals("brukare", codes.subjectCategory("care-recipient", Language.SWEDISH));
    assertEquals("brukere", codes.subjectCategory("care-recipient", Language.NORWEGIAN_BOKMAL));
    assertEquals("platsuppgifter", codes.dataCategory("location", Language.SWEDISH));
    assertEquals("enhetens ID", codes.identifierType("device-id", Language.NORWEGIAN_BOKMAL));
    assertEquals("vårdtagare-x", codes.subjectCategory("vårdtagare-x", Language.SWEDISH), "a code of the register's own is shown as it is");
    assertTrue(codes.subjectCategories().containsAll(Set.of("care-recipient", "child", "employee", "relative", "applicant", "guardian", "resident")));
  }

  @Test
  void aHostsOwnCodesAreReadAndADuplicateIsRefused() {
    String own = """
        format: trygg-register-codes/1
        version: "1"
        dataSubjectCategories:
          - {id: tenant, label: {sv: hyresgäster, nb: leietakere, en: tenants}}
        dataCategories: []
        identifierTypes: []
        """;
    RegisterCodes codes = RegisterCodes.read("codes.yaml", new ByteArrayInputStream(own.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
    assertEquals("leietakere", codes.subjectCategory("tenant", Language.NORWEGIAN_BOKMAL));
    String twice = own.replace("dataCategories: []", "dataCategories:\n  - {id: x, label: {sv: a, nb: b, en: c}}\n  - {id: x, label: {sv: a, nb: b, en: c}}");
    InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
        () -> RegisterCodes.read("codes.yaml", new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals("duplicate-id", e.problems().get(0).code());
  }
}
