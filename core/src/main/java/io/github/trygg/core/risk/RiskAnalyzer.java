package io.github.trygg.core.risk;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Location;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Messages;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.Organisation;
import io.github.trygg.core.register.Register;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Evaluates risks on one matrix against one register: places each assessment in its grid cell,
 * raises the consequence to the floor the affected aspects' classification sets, checks whether
 * acceptances still hold and lists what needs attention. Also records acceptances, so that what
 * was accepted is fixed together with the classifications it was accepted against.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RiskAnalyzer {
  /** Highest latest level first, then highest score, then id. */
  private static final Comparator<RiskEvaluation> BY_LEVEL = Comparator
      .comparingInt((RiskEvaluation e) -> e.latest().map(s -> s.level().rank()).orElse(-1)).reversed()
      .thenComparing(Comparator.comparingInt((RiskEvaluation e) -> e.latest().map(s -> s.cell().score()).orElse(0)).reversed())
      .thenComparing(e -> e.risk().id());

  private final RiskMatrix matrix;
  private final Register register;

  /**
   * Makes an analyzer that rates risks on {@code matrix} against {@code register}.
   *
   * @param matrix the risk matrix
   * @param register the register
   * @return the analyzer
   */
  public static RiskAnalyzer of(RiskMatrix matrix, Register register) {
    return new RiskAnalyzer(matrix, register);
  }

  private RiskAnalyzer(RiskMatrix matrix, Register register) {
    this.matrix = matrix;
    this.register = register;
  }

  /** {@return the matrix risks are evaluated on} */
  public RiskMatrix matrix() {
    return matrix;
  }

  /**
   * Evaluates one risk as of {@code today}. A likelihood or consequence outside the matrix's scales
   * or an affected asset the register does not hold is an {@link InvalidInputException}.
   *
   * @param risk the risk
   * @param today today's date
   * @return the risk on the matrix: each stage's level with reasons, the acceptance status and what needs attention
   */
  public RiskEvaluation evaluate(Risk risk, LocalDate today) {
    check(risk);
    List<LocalizedText> floorReasons = new ArrayList<>();
    int floor = 1;
    Map<String, Integer> floors = new LinkedHashMap<>();
    for (var affected : risk.affectedAssets()) {
      InformationAsset asset = register.asset(affected.assetId()).orElseThrow();
      for (SecurityAspect aspect : affected.aspects()) {
        ConsequenceLevel level = asset.levels().get(aspect);
        int f = matrix.floor(level);
        if (level != ConsequenceLevel.NONE) {
          floors.put(asset.name() + "\u0000" + aspect.name() + "\u0000" + level.ordinalLevel(), f);
        }
        floor = Math.max(floor, f);
      }
    }
    final int finalFloor = floor;
    floors.forEach((key, f) -> {
      if (f == finalFloor && finalFloor > 1) {
        String[] parts = key.split("\u0000");
        floorReasons.add(Messages.text("risk.floor", parts[0], Messages.text("aspect." + parts[1]), parts[2], finalFloor,
            matrix.consequence(finalFloor).label()));
      }
    });

    Map<RiskStage, StageEvaluation> stages = new EnumMap<>(RiskStage.class);
    for (RiskStage stage : RiskStage.values()) {
      risk.assessment(stage).ifPresent(a -> stages.put(stage, place(stage, a, finalFloor)));
    }

    List<LocalizedText> acceptanceReasons = new ArrayList<>();
    AcceptanceStatus status = acceptance(risk, today, acceptanceReasons);

    List<LocalizedText> findings = new ArrayList<>();
    if (risk.needsFairnessAssessment()) {
      if (risk.fairness().isEmpty()) {
        findings.add(Messages.text("risk.finding.fairness-missing"));
      } else {
        Optional<Jurisdiction> jurisdiction = register.organisation().map(Organisation::jurisdiction);
        jurisdiction.ifPresent(j -> {
          Set<DiscriminationGround> missing = EnumSet.noneOf(DiscriminationGround.class);
          missing.addAll(DiscriminationGround.of(j));
          missing.removeAll(risk.fairness().get().groundsConsidered());
          if (!missing.isEmpty()) {
            findings.add(Messages.text("risk.finding.grounds-missing", DiscriminationGround.labels(missing),
                DiscriminationGround.reference(j).explanation()));
          }
        });
      }
    }
    for (Mitigation m : risk.mitigations()) {
      if (m.isOverdue(today)) {
        findings.add(Messages.text("risk.finding.overdue", m.id(), m.description(), m.owner(), m.due()));
      }
    }
    Optional<StageEvaluation> residual = Optional.ofNullable(stages.get(RiskStage.RESIDUAL));
    if (residual.isEmpty() && !stages.isEmpty()) {
      findings.add(Messages.text("risk.finding.no-residual"));
    }
    residual.filter(r -> r.acceptance() == Acceptance.UNACCEPTABLE).ifPresent(r -> findings.add(status.holds()
        ? Messages.text("risk.finding.unacceptable-accepted", r.level().label())
        : Messages.text("risk.finding.unacceptable", r.level().label())));
    residual.filter(r -> r.acceptance() == Acceptance.TOLERABLE && !status.holds())
        .ifPresent(r -> findings.add(Messages.text("risk.finding.tolerable-undecided", r.level().label())));
    return new RiskEvaluation(risk, matrix, stages, finalFloor, floorReasons, status, acceptanceReasons, findings);
  }

  /**
   * Evaluates every risk, highest level first.
   *
   * @param risks the risks
   * @param today today's date
   * @return one evaluation per risk, in order
   */
  public List<RiskEvaluation> evaluateAll(Collection<Risk> risks, LocalDate today) {
    List<RiskEvaluation> out = new ArrayList<>();
    for (Risk risk : risks) {
      out.add(evaluate(risk, today));
    }
    out.sort(BY_LEVEL);
    return out;
  }

  /**
   * {@code risk} with its residual assessment accepted by {@code acceptedBy}: records the residual
   * cell and the fingerprint of every affected asset's classification as they are now.
   *
   * @param risk the risk
   * @param acceptedBy who accepts: the risk owner
   * @param acceptedOn when
   * @param rationale why the residual risk is acceptable
   * @param validUntil when the acceptance lapses, if it does
   * @return the risk with the acceptance recorded against its residual cell
   */
  public Risk accept(Risk risk, String acceptedBy, LocalDate acceptedOn, String rationale, Optional<LocalDate> validUntil) {
    check(risk);
    RiskAssessment residual = risk.residual()
        .orElseThrow(() -> new IllegalArgumentException("risk " + risk.id() + " has no residual assessment to accept"));
    RiskAcceptance.Builder b = RiskAcceptance.builder().acceptedBy(acceptedBy).acceptedOn(acceptedOn).rationale(rationale)
        .validUntil(validUntil).likelihood(residual.likelihood()).consequence(residual.consequence());
    for (var affected : risk.affectedAssets()) {
      b.putClassificationFingerprints(affected.assetId(), fingerprint(affected.assetId()));
    }
    return Risk.builder().from(risk).acceptance(b.build()).build();
  }

  private StageEvaluation place(RiskStage stage, RiskAssessment a, int floor) {
    int consequence = Math.max(a.consequence(), floor);
    MatrixCell cell = matrix.cell(a.likelihood(), consequence);
    List<LocalizedText> reasons = new ArrayList<>();
    reasons.add(Messages.text("risk.cell", a.likelihood(), matrix.likelihood(a.likelihood()).label(), consequence,
        matrix.consequence(consequence).label(), cell.level().label(), Messages.text("acceptance." + cell.level().acceptance().name())));
    OptionalInt raisedFrom = OptionalInt.empty();
    if (consequence > a.consequence()) {
      raisedFrom = OptionalInt.of(a.consequence());
      reasons.add(Messages.text("risk.raised", a.consequence(), consequence));
    }
    reasons.add(Messages.text("risk.rationale", a.rationale()));
    return new StageEvaluation(stage, a, cell, raisedFrom, reasons);
  }

  private AcceptanceStatus acceptance(Risk risk, LocalDate today, List<LocalizedText> reasons) {
    if (risk.acceptance().isEmpty()) {
      return AcceptanceStatus.NOT_ACCEPTED;
    }
    RiskAcceptance a = risk.acceptance().get();
    AcceptanceStatus status = AcceptanceStatus.VALID;
    for (var affected : risk.affectedAssets()) {
      String now = fingerprint(affected.assetId());
      String then = a.classificationFingerprints().get(affected.assetId());
      if (then == null) {
        reasons.add(Messages.text("risk.acceptance.asset-added", affected.assetId()));
        status = AcceptanceStatus.CLASSIFICATION_CHANGED;
      } else if (!then.equals(now)) {
        reasons.add(Messages.text("risk.acceptance.classification-changed", affected.assetId(), then, now));
        status = AcceptanceStatus.CLASSIFICATION_CHANGED;
      }
    }
    Optional<RiskAssessment> residual = risk.residual();
    if (residual.isEmpty() || residual.get().likelihood() != a.likelihood() || residual.get().consequence() != a.consequence()) {
      reasons.add(Messages.text("risk.acceptance.residual-changed", a.likelihood(), a.consequence(),
          residual.map(r -> r.likelihood() + "×" + r.consequence()).orElse("—")));
      if (status == AcceptanceStatus.VALID) {
        status = AcceptanceStatus.RESIDUAL_CHANGED;
      }
    }
    if (a.validUntil().isPresent() && today.isAfter(a.validUntil().get())) {
      reasons.add(Messages.text("risk.acceptance.expired", a.validUntil().get()));
      if (status == AcceptanceStatus.VALID) {
        status = AcceptanceStatus.EXPIRED;
      }
    }
    if (status == AcceptanceStatus.VALID) {
      reasons.add(Messages.text("risk.acceptance.valid", a.acceptedBy(), a.acceptedOn(), a.rationale()));
    }
    return status;
  }

  private String fingerprint(String assetId) {
    return register.asset(assetId).flatMap(InformationAsset::classification).map(AssetClassification::fingerprint).orElse("unclassified");
  }

  private void check(Risk risk) {
    List<Problem> problems = new ArrayList<>();
    String source = "risk " + risk.id();
    for (RiskStage stage : RiskStage.values()) {
      risk.assessment(stage).ifPresent(a -> {
        if (a.likelihood() > matrix.likelihoods().size() || a.consequence() > matrix.consequences().size()) {
          problems.add(new Problem("off-the-matrix", Location.of(source, "/" + stage.name().toLowerCase(java.util.Locale.ROOT)),
              "cell " + a.likelihood() + "×" + a.consequence() + " is not on matrix " + matrix.id(),
              "likelihood 1–" + matrix.likelihoods().size() + " and consequence 1–" + matrix.consequences().size()));
        }
      });
    }
    for (int i = 0; i < risk.affectedAssets().size(); i++) {
      String id = risk.affectedAssets().get(i).assetId();
      if (register.asset(id).isEmpty()) {
        problems.add(new Problem("unknown-asset", Location.of(source, "/affectedAssets/" + i), "no asset '" + id + "' in the register", "an asset id of the register"));
      }
    }
    for (int i = 0; i < risk.affectedSystems().size(); i++) {
      String id = risk.affectedSystems().get(i);
      if (register.system(id).isEmpty()) {
        problems.add(new Problem("unknown-system", Location.of(source, "/affectedSystems/" + i), "no system '" + id + "' in the register", "a system id of the register"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
