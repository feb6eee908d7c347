package io.github.trygg.export;

import io.github.trygg.core.Language;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.PlanSources;
import io.github.trygg.core.plan.ProposedItem;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.requirements.RequirementAssessment;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Exempelkommun from the examples folder, analysed as the report does. */
final class Sample {
  static final Path DIR = Path.of("../examples/registers/exempelkommun");
  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
  static final Register REGISTER = RegisterReader.read(DIR.resolve("product-larmkraft.yaml"), DIR.resolve("register.yaml"));
  static final List<RiskEvaluation> RISKS = RiskAnalyzer.of(RiskMatrices.iso27005(), REGISTER)
      .evaluateAll(RiskRegisterFiles.read(DIR.resolve("risks.yaml")), TODAY);
  static final Map<String, List<RequirementAssessment>> ASSESSMENTS =
      RequirementAssessmentFiles.read(DIR.resolve("requirement-assessments.yaml"), RequirementCatalogues.bundled());

  private Sample() {}

  static RequirementList requirements(InformationSystem s) {
    return RequirementCatalogues.bundled().requirementsFor(RequirementContext.forSystem(REGISTER, s.id())).withAssessments(ASSESSMENTS.getOrDefault(s.id(), List.of()));
  }

  static ActionPlan plan() {
    List<ProposedItem> proposals = new ArrayList<>();
    for (InformationSystem s : REGISTER.systems()) {
      proposals.addAll(PlanSources.requirementGaps(s, requirements(s)));
    }
    // A DPIA per processing activity, as the CLI's officer view proposes them.
    DpiaScreener.bundled().screenActivities(REGISTER, io.github.trygg.core.Jurisdiction.SWEDEN).forEach(d -> proposals.addAll(PlanSources.dpia(d, REGISTER)));
    proposals.addAll(PlanSources.riskTreatments(RISKS));
    proposals.addAll(PlanSources.findings(Propagation.bundled().run(REGISTER).findings()));
    proposals.addAll(PlanSources.overdueReviews(REGISTER, TODAY));
    return ActionPlan.empty(Language.SWEDISH).merge(proposals, TODAY.minusMonths(4)).plan();
  }

  private static WorkbookContent workbook;

  static synchronized WorkbookContent workbook() {
    if (workbook == null) {
      workbook = build();
    }
    return workbook;
  }

  private static WorkbookContent build() {
    WorkbookContent.Builder b = WorkbookContent.builder().register(REGISTER).on(TODAY).actionPlan(plan()).risks(RISKS);
    REGISTER.systems().forEach(s -> b.putRequirements(s.id(), requirements(s)));
    return b.build();
  }
}
