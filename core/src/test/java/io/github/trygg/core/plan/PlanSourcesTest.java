package io.github.trygg.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample's analysis as proposed items: each source gives stable ids, owners and priorities with reasons. */
class PlanSourcesTest {
  static final Register SAMPLE = SampleRegisters.exempelkommun();
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @Test
  void aDpiaIsProposedPerProcessingActivityWithWhatArticle35StillNeeds() {
    List<ProposedItem> items = new java.util.ArrayList<>();
    DpiaScreener.bundled().screenActivities(SAMPLE, Jurisdiction.SWEDEN).forEach(d -> items.addAll(PlanSources.dpia(d, SAMPLE)));
    List<String> ids = items.stream().map(ProposedItem::id).toList();
    assertTrue(ids.contains("dpia:lakemedelshantering") && ids.contains("dpia:trygghetslarm"), ids.toString());
    assertTrue(ids.stream().noneMatch(id -> id.equals("dpia:sms-gateway") || id.equals("dpia:integrationsplattform")), "no DPIA of a system on its own");
    assertTrue(!ids.contains("dpia:gps-larm-behandling") && !ids.contains("dpia:nattillsyn"), "complete assessments need nothing");
    ProposedItem alarm = items.stream().filter(i -> i.id().equals("dpia:trygghetslarm")).findFirst().orElseThrow();
    assertEquals("activity:trygghetslarm", alarm.origin().subject().orElseThrow());
    assertEquals("Socialnämnden", alarm.owner().orElseThrow(), "the controlling committee owns its DPIA");
    assertTrue(alarm.title().sv().contains("dataskyddsombudets råd (art. 35.2)"), alarm.title().sv());
    ProposedItem medication = items.stream().filter(i -> i.id().equals("dpia:lakemedelshantering")).findFirst().orElseThrow();
    assertEquals("Läkemedelsautomat: genomför en konsekvensbedömning (DPIA)", medication.title().sv());
  }

  @Test
  void requirementGapsRiskTreatmentsFindingsDpiasAndReviews() {
    var assessments = RequirementAssessmentFiles.read(SampleRegisters.directory().resolve("requirement-assessments.yaml"), RequirementCatalogues.bundled());
    InformationSystem larmcentral = SAMPLE.system("larmcentral").orElseThrow();
    List<ProposedItem> gaps = PlanSources.requirementGaps(larmcentral, RequirementCatalogues.bundled()
        .requirementsFor(RequirementContext.forSystem(SAMPLE, "larmcentral")).withAssessments(assessments.get("larmcentral")));
    assertTrue(gaps.stream().allMatch(g -> g.origin().kind() == OriginKind.REQUIREMENT_GAP && g.origin().subject().orElseThrow().equals("system:larmcentral")));
    assertTrue(gaps.stream().anyMatch(g -> g.id().startsWith("gap:larmcentral:")), gaps.toString());
    assertTrue(gaps.stream().allMatch(g -> g.owner().orElseThrow().equals("Förvaltningschef vård och omsorg")));

    var evaluations = RiskAnalyzer.of(RiskMatrices.iso27005(), SAMPLE).evaluateAll(RiskRegisterFiles.read(SampleRegisters.directory().resolve("risks.yaml")), TODAY);
    List<ProposedItem> risks = PlanSources.riskTreatments(evaluations);
    assertTrue(risks.stream().anyMatch(r -> r.due().isPresent() && r.owner().isPresent()), risks.toString());

    List<ProposedItem> findings = PlanSources.findings(Propagation.bundled().run(SAMPLE).findings());
    ProposedItem sms = findings.stream().filter(f -> f.id().equals("finding:unencrypted-open-network:integration:gps-position:confidentiality"))
        .findFirst().orElseThrow(() -> new AssertionError(findings.stream().map(ProposedItem::id).toList().toString()));
    assertEquals("unencrypted-open-network", sms.origin().rule());
    assertTrue(sms.priority().explanation().en().startsWith("Severity "), sms.priority().explanation().en());

    InformationSystem gps = SAMPLE.system("gps-larm").orElseThrow();
    List<ProposedItem> dpia = PlanSources.dpia(gps, DpiaScreener.bundled().screen(DpiaSuggestions.forSystem(SAMPLE, "gps-larm", Jurisdiction.SWEDEN)));
    assertEquals(List.of("dpia:gps-larm"), dpia.stream().map(ProposedItem::id).toList());

    List<ProposedItem> reviews = PlanSources.overdueReviews(SAMPLE, TODAY);
    assertEquals(SAMPLE.overdueReviews(TODAY).size(), reviews.size());
    assertTrue(reviews.stream().allMatch(r -> r.due().orElseThrow().equals(TODAY.plusMonths(1))));

    // The same analysis twice proposes the same ids.
    assertEquals(findings.stream().map(ProposedItem::id).toList(),
        PlanSources.findings(Propagation.bundled().run(SampleRegisters.exempelkommun()).findings()).stream().map(ProposedItem::id).toList());
  }
}
