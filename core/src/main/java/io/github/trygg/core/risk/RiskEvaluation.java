package io.github.trygg.core.risk;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A risk placed on a matrix: each assessed stage with its cell and reasons, the consequence floor
 * from the classification and where it comes from, whether its acceptance still holds and why, and
 * what needs attention (a missing fairness assessment, overdue measures, an unacceptable residual).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RiskEvaluation {
  private final Risk risk;
  private final RiskMatrix matrix;
  private final Map<RiskStage, StageEvaluation> stages;
  private final int floor;
  private final List<LocalizedText> floorReasons;
  private final AcceptanceStatus acceptanceStatus;
  private final List<LocalizedText> acceptanceReasons;
  private final List<LocalizedText> findings;

  RiskEvaluation(Risk risk, RiskMatrix matrix, Map<RiskStage, StageEvaluation> stages, int floor, List<LocalizedText> floorReasons,
      AcceptanceStatus acceptanceStatus, List<LocalizedText> acceptanceReasons, List<LocalizedText> findings) {
    this.risk = risk;
    this.matrix = matrix;
    this.stages = new EnumMap<>(RiskStage.class);
    this.stages.putAll(stages);
    this.floor = floor;
    this.floorReasons = List.copyOf(floorReasons);
    this.acceptanceStatus = acceptanceStatus;
    this.acceptanceReasons = List.copyOf(acceptanceReasons);
    this.findings = List.copyOf(findings);
  }

  /** {@return the risk evaluated} */
  public Risk risk() {
    return risk;
  }

  /** {@return the risk matrix the levels are read from} */
  public RiskMatrix matrix() {
    return matrix;
  }

  /**
   * The evaluation of one stage.
   *
   * @param stage inherent, current or residual
   * @return the stage's level and the reasons; empty when the stage is not assessed
   */
  public Optional<StageEvaluation> stage(RiskStage stage) {
    return Optional.ofNullable(stages.get(stage));
  }

  /** {@return the furthest stage assessed: residual, else current, else inherent} */
  public Optional<StageEvaluation> latest() {
    for (RiskStage stage : new RiskStage[] {RiskStage.RESIDUAL, RiskStage.CURRENT, RiskStage.INHERENT}) {
      if (stages.containsKey(stage)) {
        return Optional.of(stages.get(stage));
      }
    }
    return Optional.empty();
  }

  /**
   * {@return the least consequence value the classification of the affected aspects allows (1 when
   * none raises it)}
   */
  public int consequenceFloor() {
    return floor;
  }

  /** {@return the classified aspects that set the floor} */
  public List<LocalizedText> floorReasons() {
    return floorReasons;
  }

  /** {@return whether the acceptance holds, and if not, why not} */
  public AcceptanceStatus acceptanceStatus() {
    return acceptanceStatus;
  }

  /** {@return why the acceptance holds or lapsed, in words} */
  public List<LocalizedText> acceptanceReasons() {
    return acceptanceReasons;
  }

  /** {@return what needs attention: missing fairness assessments, overdue measures, unacceptable residual risk …} */
  public List<LocalizedText> findings() {
    return findings;
  }

  /**
   * {@return whether the residual level is unacceptable on the matrix (a DPIA then calls for prior
   * consultation)}
   */
  public boolean residualUnacceptable() {
    return stage(RiskStage.RESIDUAL).map(s -> s.acceptance() == Acceptance.UNACCEPTABLE).orElse(false);
  }

  /**
   * The evaluation in lines of text: the floor, each stage, the acceptance and what needs attention.
   *
   * @param language the language of the lines
   * @return the lines
   */
  public List<String> explain(Language language) {
    List<String> lines = new ArrayList<>();
    lines.add(Messages.format(language, "risk.header", risk.id(), risk.title(), Messages.text("risk.category." + risk.category().name())));
    for (LocalizedText reason : floorReasons) {
      lines.add(reason.in(language));
    }
    for (RiskStage stage : RiskStage.values()) {
      StageEvaluation s = stages.get(stage);
      if (s == null) {
        lines.add(Messages.format(language, "risk.stage-missing", Messages.text("risk.stage." + stage.name())));
        continue;
      }
      lines.add(Messages.format(language, "risk.stage", Messages.text("risk.stage." + stage.name()), s.level().label(),
          Messages.text("acceptance." + s.acceptance().name()), s.assessment().assessedBy(), s.assessment().assessedOn()));
      s.reasons().forEach(r -> lines.add("  " + r.in(language)));
    }
    lines.add(Messages.format(language, "risk.acceptance", Messages.text("acceptance-status." + acceptanceStatus.name())));
    acceptanceReasons.forEach(r -> lines.add("  " + r.in(language)));
    findings.forEach(f -> lines.add(Messages.format(language, "risk.finding", f)));
    return lines;
  }

  @Override
  public String toString() {
    return "RiskEvaluation[" + risk.id() + " " + latest().map(s -> s.stage() + "=" + s.level().id()).orElse("not assessed") + ", " + acceptanceStatus + "]";
  }
}
