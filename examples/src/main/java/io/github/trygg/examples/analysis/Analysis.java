package io.github.trygg.examples.analysis;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.PriorConsultation;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.propagation.DerivedLevel;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.SystemLevels;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.core.requirements.ImplementationStatus;
import io.github.trygg.core.requirements.RequirementContext;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.HeatMap;
import io.github.trygg.core.risk.RiskAnalyzer;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.risk.RiskStage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the tool and the report derive from {@link Inputs}, each part computed when first
 * asked for: the requirements per system with the organisation's assessments, the DPIA screening of
 * every system that handles personal data, and the risk evaluations with their heat maps.
 */
public final class Analysis {
  private final Inputs inputs;
  private List<SystemRequirements> requirements;
  private List<ProcessingDpia> dpias;
  private List<RiskEvaluation> risks;
  private ChainView chain;
  private PropagationResult propagation;

  private Analysis(Inputs inputs) {
    this.inputs = inputs;
  }

  public static Analysis of(Inputs inputs) {
    return new Analysis(inputs);
  }

  public Inputs inputs() {
    return inputs;
  }

  public Register register() {
    return inputs.register();
  }

  /** A system's requirement list and how its gaps split by status. */
  public record SystemRequirements(InformationSystem system, RequirementList list) {
    public Map<ImplementationStatus, Integer> countByStatus() {
      Map<ImplementationStatus, Integer> counts = new EnumMap<>(ImplementationStatus.class);
      for (ImplementationStatus s : ImplementationStatus.values()) {
        counts.put(s, 0);
      }
      for (ApplicableRequirement item : list.items()) {
        counts.merge(item.status(), 1, Integer::sum);
      }
      return counts;
    }

    /** Gaps the organisation has assessed: not met or partly met, most severe first. */
    public List<ApplicableRequirement> assessedGaps() {
      return list.gaps().stream().filter(g -> g.status() != ImplementationStatus.NOT_ASSESSED).toList();
    }
  }

  /**
   * The catalogue applied to a system at its propagated levels (with their traces as reasons) and
   * under the conditions its assets, flows, vendor and locations make true.
   */
  private RequirementContext context(InformationSystem s) {
    RequirementContext local = RequirementContext.forSystem(register(), s.id());
    Optional<SystemLevels> propagated = propagation().system(s.id());
    if (propagated.isEmpty()) {
      return local;
    }
    RequirementContext.Builder b = RequirementContext.builder(local.subject()).actor(local.actor()).levels(propagated.get().required());
    for (SecurityAspect aspect : SecurityAspect.values()) {
      DerivedLevel d = propagated.get().level(aspect);
      if (d.level().ordinalLevel() > 0) {
        b.levelReason(aspect, d.trace().explanation());
      }
    }
    local.conditions().forEach(b::condition);
    return b.build();
  }

  /** Systems with at least one applicable requirement, in register order. */
  public List<SystemRequirements> requirements() {
    if (requirements == null) {
      List<SystemRequirements> out = new ArrayList<>();
      for (InformationSystem s : register().systems()) {
        RequirementList list = inputs.catalogue().requirementsFor(context(s))
            .withAssessments(inputs.assessments().getOrDefault(s.id(), List.of()));
        if (!list.items().isEmpty()) {
          out.add(new SystemRequirements(s, list));
        }
      }
      requirements = List.copyOf(out);
    }
    return requirements;
  }

  public Optional<SystemRequirements> requirements(String systemId) {
    return requirements().stream().filter(r -> r.system().id().equals(systemId)).findFirst();
  }

  /**
   * The DPIA of every processing activity: its screening beside the assessment the register
   * records, with what Art. 35 still needs. A DPIA assesses a processing, not a system.
   */
  public List<ProcessingDpia> dpias() {
    if (dpias == null) {
      dpias = DpiaScreener.bundled().screenActivities(register(), inputs.jurisdiction());
    }
    return dpias;
  }

  /** The risk register evaluated on its matrix, highest level first. */
  public List<RiskEvaluation> risks() {
    if (risks == null) {
      risks = RiskAnalyzer.of(inputs.matrix(), register()).evaluateAll(inputs.risks(), inputs.today());
    }
    return risks;
  }

  public HeatMap heatMap(RiskStage stage) {
    return inputs.matrix().heatMap(risks(), stage);
  }

  /** Whether residual risks call for prior consultation (Art. 36); empty without a risk register. */
  public Optional<PriorConsultation> priorConsultation() {
    return inputs.risks().isEmpty() ? Optional.empty() : Optional.of(PriorConsultation.assess(inputs.jurisdiction(), risks()));
  }

  /** The propagation engine's result for the register, computed once. */
  public PropagationResult propagation() {
    if (propagation == null) {
      propagation = Propagation.bundled().run(register());
    }
    return propagation;
  }

  /**
   * Required levels along the chain with their traces, the findings on systems and flows, and the
   * compilations to review, from the propagation engine.
   */
  public ChainView chain() {
    if (chain == null) {
      chain = EngineChain.of(propagation());
    }
    return chain;
  }
}
