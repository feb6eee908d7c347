package io.github.trygg.core.requirements;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Location;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The requirements that apply to one system, with the organisation's measures and self-assessment
 * once given: the gaps by severity, the procurement phrasing for the vendor, and the aspects at
 * level 4 that the catalogue cannot answer.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RequirementList {
  /** Most severe first: the system's level for the aspect, then status, then how high the requirement starts, then id. */
  private static final Comparator<ApplicableRequirement> BY_SEVERITY =
      Comparator.comparing(ApplicableRequirement::aspectLevel, Comparator.reverseOrder())
          .thenComparingInt(a -> a.status().gapRank())
          .thenComparing(a -> a.requirement().minimumLevel(), Comparator.reverseOrder())
          .thenComparing(a -> a.requirement().id());

  private final RequirementCatalogue catalogue;
  private final RequirementContext context;
  private final List<ApplicableRequirement> items;

  RequirementList(RequirementCatalogue catalogue, RequirementContext context, List<ApplicableRequirement> items) {
    this.catalogue = catalogue;
    this.context = context;
    this.items = List.copyOf(items);
  }

  /** {@return the catalogue the requirements come from} */
  public RequirementCatalogue catalogue() {
    return catalogue;
  }

  /** {@return the context the list was made for} */
  public RequirementContext context() {
    return context;
  }

  /** {@return every applicable requirement, in catalogue order} */
  public List<ApplicableRequirement> items() {
    return items;
  }

  /**
   * The entry for one requirement.
   *
   * @param requirementId the requirement's id
   * @return the entry; empty when the requirement does not apply
   */
  public Optional<ApplicableRequirement> item(String requirementId) {
    return items.stream().filter(i -> i.requirement().id().equals(requirementId)).findFirst();
  }

  /**
   * The same list with the organisation's measures and assessments attached. An assessment of a
   * requirement that is not in the catalogue is an error; one of a requirement that does not apply
   * to this system is ignored. A later assessment of the same requirement replaces an earlier one.
   *
   * @param assessments the organisation's assessments
   * @return the list with each requirement's assessment attached
   */
  public RequirementList withAssessments(Collection<RequirementAssessment> assessments) {
    List<Problem> problems = new ArrayList<>();
    Map<String, RequirementAssessment> byId = new LinkedHashMap<>();
    for (RequirementAssessment a : assessments) {
      if (catalogue.requirement(a.requirementId()).isEmpty()) {
        problems.add(new Problem("unknown-requirement", Location.of("assessments of " + context.subject(), "/" + a.requirementId()),
            "no requirement '" + a.requirementId() + "' in catalogue " + catalogue.id() + "@" + catalogue.version(), "a requirement id of the catalogue"));
      }
      byId.put(a.requirementId(), a);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    List<ApplicableRequirement> assessed = items.stream()
        .map(i -> new ApplicableRequirement(i.requirement(), i.aspectLevel(), i.reasons(), Optional.ofNullable(byId.get(i.requirement().id())).or(i::assessment),
            i.references()))
        .toList();
    return new RequirementList(catalogue, context, assessed);
  }

  /** {@return what is not met — not met, not assessed or partly met — most severe first} */
  public List<ApplicableRequirement> gaps() {
    return items.stream().filter(ApplicableRequirement::isGap).sorted(BY_SEVERITY).toList();
  }

  /** {@return the aspects at level 4, which need a separate analysis beyond this list} */
  public Set<SecurityAspect> separateAnalysisNeeded() {
    Set<SecurityAspect> aspects = EnumSet.noneOf(SecurityAspect.class);
    for (SecurityAspect aspect : SecurityAspect.values()) {
      if (context.levels().get(aspect) == ConsequenceLevel.VERY_SERIOUS) {
        aspects.add(aspect);
      }
    }
    return aspects;
  }

  /**
   * The requirements phrased for the vendor (SKA-krav), grouped by area in catalogue order, each
   * with its id and references: the owner's classification as the service producer's requirements.
   *
   * @param language the language of the lines
   * @return the requirements as demands on a vendor, one line each
   */
  public List<String> procurementRequirements(Language language) {
    List<String> lines = new ArrayList<>();
    for (RequirementArea area : catalogue.areas()) {
      List<ApplicableRequirement> inArea = items.stream().filter(i -> i.requirement().area().equals(area.id())).toList();
      if (inArea.isEmpty()) {
        continue;
      }
      lines.add(area.label().in(language));
      for (ApplicableRequirement i : inArea) {
        lines.add(Messages.format(language, "requirements.procurement", i.requirement().id(), i.requirement().procurement(), references(i.references(), language)));
      }
    }
    if (!separateAnalysisNeeded().isEmpty()) {
      lines.add(Messages.format(language, "requirements.procurement-level-4", aspects(separateAnalysisNeeded())));
    }
    return lines;
  }

  /**
   * The list with why each requirement applies and how it is met, then the gaps by severity.
   *
   * @param language the language of the lines
   * @return the list in lines of text
   */
  public List<String> explain(Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(Messages.format(language, "requirements.header", context.subject(), context.levels().toString(), items.size(), gaps().size()));
    for (ApplicableRequirement i : items) {
      lines.add(Messages.format(language, "requirements.item", i.requirement().id(), i.requirement().text(),
          i.reasons().stream().map(r -> r.in(language)).collect(Collectors.joining("; ")), references(i.references(), language)));
      i.assessment().ifPresent(a -> lines.add(Messages.format(language, "requirements.assessment", Messages.text("status." + a.status().name()),
          a.measure().orElse("—"))));
    }
    for (ApplicableRequirement gap : gaps()) {
      lines.add(Messages.format(language, "requirements.gap", gap.aspectLevel().ordinalLevel(), gap.requirement().id(),
          Messages.text("status." + gap.status().name()), gap.requirement().text()));
    }
    if (!separateAnalysisNeeded().isEmpty()) {
      lines.add(Messages.format(language, "requirements.level-4", aspects(separateAnalysisNeeded())));
    }
    return lines;
  }

  private static String references(List<LegalReference> references, Language language) {
    return references.stream().map(r -> r.explain(language)).collect(Collectors.joining("; "));
  }

  private static LocalizedText aspects(Set<SecurityAspect> aspects) {
    List<LocalizedText> labels = aspects.stream().map(a -> Messages.text("aspect." + a.name())).toList();
    return new LocalizedText(
        labels.stream().map(LocalizedText::sv).collect(Collectors.joining(", ")),
        labels.stream().map(LocalizedText::nb).collect(Collectors.joining(", ")),
        labels.stream().map(LocalizedText::en).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return "RequirementList[" + context.subject() + ": " + items.size() + " requirements, " + gaps().size() + " gaps]";
  }
}
