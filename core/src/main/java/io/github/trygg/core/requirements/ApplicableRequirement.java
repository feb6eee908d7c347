package io.github.trygg.core.requirements;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A requirement that applies to a system, with the system's level for the requirement's aspect,
 * why it applies (the level's sources and the conditions that hold), how it is met, if assessed,
 * and the references that bind the system's organisation in its sectors — a health-care
 * regulation is not cited for a social-services system.
 *
 * @param requirement the requirement
 * @param aspectLevel the system's level for the requirement's aspect
 * @param reasons why it applies: the level's sources and the conditions that hold
 * @param assessment how the organisation meets it, if assessed
 * @param references the references that bind the system's organisation in its sectors
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ApplicableRequirement(Requirement requirement, ConsequenceLevel aspectLevel, List<LocalizedText> reasons,
    Optional<RequirementAssessment> assessment, List<LegalReference> references) {
  /**
   * Copies the lists.
   *
   * @param requirement the requirement
   * @param aspectLevel the system's level for the requirement's aspect
   * @param reasons why it applies: the level's sources and the conditions that hold
   * @param assessment how the organisation meets it, if assessed
   * @param references the references that bind the system's organisation in its sectors
   */
  public ApplicableRequirement {
    reasons = List.copyOf(reasons);
    references = List.copyOf(references);
  }

  /**
   * With every reference of the requirement.
   *
   * @param requirement the requirement
   * @param aspectLevel the system's level for the requirement's aspect
   * @param reasons why it applies
   * @param assessment how the organisation meets it, if assessed
   */
  public ApplicableRequirement(Requirement requirement, ConsequenceLevel aspectLevel, List<LocalizedText> reasons,
      Optional<RequirementAssessment> assessment) {
    this(requirement, aspectLevel, reasons, assessment, requirement.references());
  }

  /**
   * {@return the requirement's references that do not bind here; the general rule applies in their
   * place}
   */
  public List<LegalReference> notBinding() {
    return requirement.references().stream().filter(r -> !references.contains(r)).toList();
  }

  /** {@return how far the requirement is met; not assessed when there is no assessment} */
  public ImplementationStatus status() {
    return assessment.map(RequirementAssessment::status).orElse(ImplementationStatus.NOT_ASSESSED);
  }

  /** {@return whether the requirement is not fully met (not assessed counts as a gap)} */
  public boolean isGap() {
    return status() != ImplementationStatus.MET;
  }
}
