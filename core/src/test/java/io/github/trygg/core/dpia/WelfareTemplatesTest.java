package io.github.trygg.core.dpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.risk.AffectedAsset;
import io.github.trygg.core.risk.Risk;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskAssessment;
import io.github.trygg.core.risk.RiskCategory;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskMatrices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The welfare-technology templates, and the prior-consultation decision after a DPIA. */
class WelfareTemplatesTest {
  static List<WelfareTemplate> templates() {
    return WelfareTemplates.bundled();
  }

  @Test
  void theFiveKindsTheIssueNamesAreShipped() {
    assertEquals(List.of(WelfareTemplates.SAFETY_ALARM, WelfareTemplates.GPS_ALARM, WelfareTemplates.NIGHT_CAMERA, WelfareTemplates.SENSORS,
        WelfareTemplates.MEDICATION_DISPENSER), templates().stream().map(WelfareTemplate::id).toList());
  }

  @ParameterizedTest(name = "{0}: a DPIA is expected in Sweden and Norway")
  @MethodSource("templates")
  void everyTemplateDefaultsToADpia(WelfareTemplate t) {
    for (Jurisdiction j : Jurisdiction.values()) {
      ScreeningResult r = DpiaScreener.bundled().screen(t.input("system:x", j).build());
      assertTrue(r.outcome().dpiaExpected(), t.id() + " in " + j + ": " + r.outcome());
      assertTrue(r.criteria().size() >= 2);
      r.criteria().forEach(c -> assertTrue(!c.reason().sv().isBlank() && !c.reason().nb().isBlank() && !c.reason().en().isBlank()));
    }
  }

  @ParameterizedTest(name = "{0}: setting all but one criterion aside needs justifications and leaves CONSIDER")
  @MethodSource("templates")
  void notRequiredOnlyWithDocumentedJustification(WelfareTemplate t) {
    ScreeningInput.Builder b = t.input("system:x", Jurisdiction.NORWAY);
    List<String> ids = List.copyOf(t.criteria().keySet());
    for (String id : ids.subList(1, ids.size())) {
      b.exclude(id, "Bedömt i DPIA-2026-01");
    }
    ScreeningResult r = DpiaScreener.bundled().screen(b.build());
    assertTrue(r.outcome() == DpiaOutcome.CONSIDER || r.outcome() == DpiaOutcome.REQUIRED_BY_LIST, r.outcome().name());
    assertTrue(r.documentationRequired());
    assertEquals(ids.size() - 1, r.excluded().size());
  }

  @Test
  void gpsAlarmsHitDatatilsynetsLocationItemAndSwedensConsentRule() {
    WelfareTemplate gps = WelfareTemplates.get(WelfareTemplates.GPS_ALARM).orElseThrow();
    ScreeningResult no = DpiaScreener.bundled().screen(gps.input("system:gps-larm", Jurisdiction.NORWAY).build());
    assertEquals(DpiaOutcome.REQUIRED_BY_LIST, no.outcome());
    assertEquals("no-dt-location", no.nationalItems().get(0).item().id());
    ScreeningResult se = DpiaScreener.bundled().screen(gps.input("system:gps-larm", Jurisdiction.SWEDEN).build());
    assertEquals(DpiaOutcome.REQUIRED_BY_LIST, se.outcome());
    assertEquals("se-imy-two-criteria", se.nationalItems().get(0).item().id());
    assertTrue(gps.notesFor(Jurisdiction.SWEDEN).stream().anyMatch(n -> n.sv().contains("prop. 2022/23:131")));
    assertTrue(gps.notesFor(Jurisdiction.NORWAY).stream().noneMatch(n -> n.sv().contains("prop. 2022/23:131")));
  }

  @Test
  void aTemplateFileWithAnUnknownCriterionOrTooFewIsRejected() {
    String yaml = """
        format: trygg-dpia-templates/1
        version: "1"
        templates:
          - id: doorbell
            label: {sv: D, nb: D, en: D}
            criteria:
              systematic-monitorin: {sv: x, nb: x, en: x}
            facts:
              feature:doorbell: {sv: x, nb: x, en: x}
        """;
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WelfareTemplates.read("t.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(List.of("unknown-criterion /templates/0/criteria/systematic-monitorin", "unknown-fact /templates/0/facts/feature:doorbell",
        "too-few-criteria /templates/0/criteria"), e.problems().stream().map(p -> p.code() + " " + p.location().pointer()).toList());
  }

  static Register register() {
    return Register.builder().addAssets(InformationAsset.builder().id("pos").name("Positioner").personalData(true).build()).build();
  }

  static Risk risk(String id, int likelihood, int consequence, boolean residual) {
    Risk.Builder b = Risk.builder().id(id).title("Obehörig ser positioner").scenario("Positioner läcker").category(RiskCategory.PRIVACY)
        .addAffectedAssets(AffectedAsset.of("pos", SecurityAspect.CONFIDENTIALITY))
        .inherent(RiskAssessment.of(likelihood, consequence, "x", "DSO", LocalDate.of(2026, 3, 1)));
    if (residual) {
      b.residual(RiskAssessment.of(likelihood, consequence, "efter åtgärder", "DSO", LocalDate.of(2026, 3, 2)));
    }
    return b.build();
  }

  @ParameterizedTest(name = "prior consultation in {0}")
  @EnumSource(Jurisdiction.class)
  void aHighResidualRiskCallsForPriorConsultation(Jurisdiction j) {
    RiskAnalyzer analyzer = RiskAnalyzer.of(RiskMatrices.iso27005(), register());
    LocalDate today = LocalDate.of(2026, 6, 1);
    List<RiskEvaluation> high = List.of(analyzer.evaluate(risk("r-1", 4, 4, true), today), analyzer.evaluate(risk("r-2", 1, 1, true), today));
    PriorConsultation required = PriorConsultation.assess(j, high);
    assertEquals(ConsultationStatus.REQUIRED, required.status());
    assertEquals(1, required.reasons().size());
    assertTrue(required.reasons().get(0).en().startsWith("risk r-1 \"Obehörig ser positioner\" stays High after measures"), required.reasons().get(0).en());
    assertEquals("GDPR Art. 36(1)", required.basis().get(0).citation());
    assertTrue(required.basis().get(1).citation().startsWith(j == Jurisdiction.SWEDEN ? "IMY" : "Datatilsynet"));

    PriorConsultation none = PriorConsultation.assess(j, List.of(analyzer.evaluate(risk("r-2", 2, 2, true), today)));
    assertEquals(ConsultationStatus.NOT_REQUIRED, none.status());
    PriorConsultation open = PriorConsultation.assess(j, List.of(analyzer.evaluate(risk("r-3", 5, 5, false), today)));
    assertEquals(ConsultationStatus.UNDETERMINED, open.status(), "a high inherent risk without a residual assessment decides nothing yet");
    LocalizedText why = open.reasons().get(0);
    assertTrue(why.in(Language.SWEDISH).contains("saknar bedömning av restrisk"), why.sv());
  }
}
