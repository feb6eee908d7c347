package io.github.trygg.examples.analysis;

import io.github.trygg.core.changes.ChangeDetector;
import io.github.trygg.core.changes.ChangeList;
import io.github.trygg.core.changes.ReviewSnapshot;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.PlanMerge;
import io.github.trygg.core.plan.PlanSources;
import io.github.trygg.core.plan.ProposedItem;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.signoff.SignOffChecker;
import io.github.trygg.core.signoff.SignOffReview;
import io.github.trygg.core.signoff.SignOffs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officer's view of an {@link Analysis}: what the analysis proposes for the action plan (every
 * source behind one adapter call each, so a new source is one line here), the plan merged with it,
 * the sign-offs checked against the register, and what changed since a previous version.
 */
public final class Officer {
  private final Analysis analysis;
  private final Optional<ActionPlan> plan;
  private final Optional<SignOffs> signOffs;
  private final Optional<ReviewSnapshot> previous;
  private final io.github.trygg.core.Language language;
  private PlanMerge merge;

  private Officer(Analysis analysis, Optional<ActionPlan> plan, Optional<SignOffs> signOffs, Optional<ReviewSnapshot> previous,
      io.github.trygg.core.Language language) {
    this.analysis = analysis;
    this.language = language;
    this.plan = plan;
    this.signOffs = signOffs;
    this.previous = previous;
  }

  /** Without a plan, what the analysis proposes is shown in Swedish. */
  public static Officer of(Analysis analysis, Optional<ActionPlan> plan, Optional<SignOffs> signOffs, Optional<ReviewSnapshot> previous) {
    return of(analysis, plan, signOffs, previous, io.github.trygg.core.Language.SWEDISH);
  }

  /** Without a plan, what the analysis proposes is shown in {@code language}. */
  public static Officer of(Analysis analysis, Optional<ActionPlan> plan, Optional<SignOffs> signOffs, Optional<ReviewSnapshot> previous,
      io.github.trygg.core.Language language) {
    return new Officer(analysis, plan, signOffs, previous, language);
  }

  public Analysis analysis() {
    return analysis;
  }

  public boolean hasPlan() {
    return plan.isPresent();
  }

  /** Everything the analysis proposes now. */
  public List<ProposedItem> proposals() {
    List<ProposedItem> out = new ArrayList<>();
    for (Analysis.SystemRequirements r : analysis.requirements()) {
      out.addAll(PlanSources.requirementGaps(r.system(), r.list()));
    }
    out.addAll(PlanSources.riskTreatments(analysis.risks()));
    out.addAll(PlanSources.findings(analysis.propagation().findings()));
    // One DPIA per processing activity, owned by its controller.
    for (io.github.trygg.core.dpia.ProcessingDpia d : analysis.dpias()) {
      out.addAll(PlanSources.dpia(d, analysis.register()));
    }
    out.addAll(PlanSources.overdueReviews(analysis.register(), analysis.inputs().today()));
    return out;
  }

  /** The plan (empty if none was given) merged with what the analysis proposes today; not written anywhere. */
  public PlanMerge merged() {
    if (merge == null) {
      merge = plan.orElse(ActionPlan.empty(language)).merge(proposals(), analysis.inputs().today());
    }
    return merge;
  }

  public ActionPlan actionPlan() {
    return merged().plan();
  }

  public List<SignOffReview> signOffReviews() {
    SignOffChecker checker = SignOffChecker.of(analysis.register(), DpiaScreener.bundled(), analysis.inputs().jurisdiction());
    return signOffs.map(checker::check).orElse(List.of());
  }

  public Optional<ChangeList> changes() {
    return previous.map(p -> ChangeDetector.bundled().compare(p, current()));
  }

  /** This version as a snapshot: register, risks, the plan as given and the sign-offs. */
  public ReviewSnapshot current() {
    ReviewSnapshot.Builder b = ReviewSnapshot.builder().register(analysis.register()).risks(analysis.inputs().risks()).matrix(analysis.inputs().matrix())
        .evaluatedOn(analysis.inputs().today());
    plan.ifPresent(b::actionPlan);
    signOffs.ifPresent(b::signOffs);
    return b.build();
  }

  /** The system a DPIA item or sign-off is about, by id. */
  public Optional<InformationSystem> system(String id) {
    return analysis.register().system(id);
  }
}
