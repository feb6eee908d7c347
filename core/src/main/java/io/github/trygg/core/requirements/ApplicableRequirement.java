package io.github.trygg.core.requirements;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A requirement that applies to a system, with the system's level for the requirement's aspect,
 * why it applies (the level's sources and the conditions that hold) and how it is met, if assessed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ApplicableRequirement(Requirement requirement, ConsequenceLevel aspectLevel, List<LocalizedText> reasons,
    Optional<RequirementAssessment> assessment) {
  public ApplicableRequirement {
    reasons = List.copyOf(reasons);
  }

  public ImplementationStatus status() {
    return assessment.map(RequirementAssessment::status).orElse(ImplementationStatus.NOT_ASSESSED);
  }

  public boolean isGap() {
    return status() != ImplementationStatus.MET;
  }
}
