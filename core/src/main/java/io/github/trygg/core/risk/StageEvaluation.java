package io.github.trygg.core.risk;

import io.github.trygg.core.LocalizedText;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One assessment placed on the matrix: the cell (with the consequence after the classification
 * floor), the consequence as assessed when the floor raised it, and the reasons for the level.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StageEvaluation(RiskStage stage, RiskAssessment assessment, MatrixCell cell, OptionalInt raisedFrom, List<LocalizedText> reasons) {
  public StageEvaluation {
    reasons = List.copyOf(reasons);
  }

  public RiskLevel level() {
    return cell.level();
  }

  public Acceptance acceptance() {
    return cell.level().acceptance();
  }
}
