package io.github.trygg.examples.analysis;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.requirements.RequirementAssessment;
import io.github.trygg.core.requirements.RequirementCatalogue;
import io.github.trygg.core.requirements.RequirementCatalogues;
import io.github.trygg.core.risk.Risk;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskMatrix;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A register and what the organisation keeps beside it: its risk register (with the matrix it was
 * assessed on) and its own assessment of the requirements per system. Both are optional; without
 * them the risk section is empty and every requirement counts as not assessed.
 *
 * @param assessmentsSource the file the assessments came from, for error locations
 */
public record Inputs(
    Register register,
    List<Risk> risks,
    RiskMatrix matrix,
    RequirementCatalogue catalogue,
    Map<String, List<RequirementAssessment>> assessments,
    String assessmentsSource,
    Jurisdiction jurisdiction,
    LocalDate today) {

  public Inputs {
    risks = List.copyOf(risks);
    assessments = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(assessments));
    List<Problem> problems = new ArrayList<>();
    int i = 0;
    for (String system : assessments.keySet()) {
      if (register.system(system).isEmpty()) {
        problems.add(new Problem("unknown-system", Location.of(assessmentsSource, "/systems/" + i + "/system"),
            "no system '" + system + "' in the register", "a system id of the register"));
      }
      i++;
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The register alone: no risks, nothing assessed, the register organisation's jurisdiction. */
  public static Inputs of(Register register, LocalDate today) {
    return new Inputs(register, List.of(), RiskMatrices.iso27005(), RequirementCatalogues.bundled(), Map.of(), "", jurisdictionOf(register), today);
  }

  public Inputs withRisks(List<Risk> risks, RiskMatrix matrix) {
    return new Inputs(register, risks, matrix, catalogue, assessments, assessmentsSource, jurisdiction, today);
  }

  public Inputs withAssessments(Map<String, List<RequirementAssessment>> assessments, String source) {
    return new Inputs(register, risks, matrix, catalogue, assessments, source, jurisdiction, today);
  }

  public Inputs withJurisdiction(Jurisdiction jurisdiction) {
    return new Inputs(register, risks, matrix, catalogue, assessments, assessmentsSource, jurisdiction, today);
  }

  /** Sweden unless the register's organisation says otherwise. */
  public static Jurisdiction jurisdictionOf(Register register) {
    return register.organisation().map(Organisation::jurisdiction).orElse(Jurisdiction.SWEDEN);
  }
}
