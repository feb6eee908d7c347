package io.github.trygg.examples;

import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.requirements.RequirementAssessmentFiles;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskRegisterFiles;
import io.github.trygg.examples.analysis.Analysis;
import io.github.trygg.examples.analysis.Inputs;
import java.nio.file.Path;
import java.time.LocalDate;

/** Exempelkommun's register, risk register and requirement assessments, as the tests read them. */
public final class Sample {
  public static final Path DIR = Path.of("registers/exempelkommun");
  public static final Register REGISTER = RegisterReader.read(DIR.resolve("product-larmkraft.yaml"), DIR.resolve("register.yaml"));
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  private Sample() {}

  /** The officer's view the demo report shows: the sample's action plan, sign-offs and previous version. */
  public static io.github.trygg.examples.analysis.Officer officer() {
    return io.github.trygg.examples.analysis.Officer.of(analysis(), java.util.Optional.of(io.github.trygg.core.plan.ActionPlan.read(DIR.resolve("action-plan.yaml"))),
        java.util.Optional.of(io.github.trygg.core.signoff.SignOffs.read(DIR.resolve("sign-offs.yaml"))),
        java.util.Optional.of(io.github.trygg.examples.analysis.RegisterFolder.scan(DIR.resolve("previous")).snapshot(TODAY)));
  }

  /** Everything the demo report shows. */
  public static Analysis analysis() {
    return Analysis.of(Inputs.of(REGISTER, TODAY)
        .withRisks(RiskRegisterFiles.read(DIR.resolve("risks.yaml")), RiskMatrices.iso27005())
        .withAssessments(RequirementAssessmentFiles.read(DIR.resolve("requirement-assessments.yaml"), RequirementCatalogues.bundled()),
            "requirement-assessments.yaml"));
  }
}
