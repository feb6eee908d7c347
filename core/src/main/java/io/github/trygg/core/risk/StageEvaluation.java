package io.github.trygg.core.risk;

import io.github.trygg.core.LocalizedText;
import java.util.List;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One assessment placed on the matrix: the cell (with the consequence after the classification
 * floor), the consequence as assessed when the floor raised it, and the reasons for the level.
 *
 * @param stage the stage assessed
 * @param assessment the assessment as recorded
 * @param cell the matrix cell, with the consequence raised to the classification floor
 * @param raisedFrom the consequence as assessed, when the floor raised it
 * @param reasons why the level is what it is
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record StageEvaluation(RiskStage stage, RiskAssessment assessment, MatrixCell cell, OptionalInt raisedFrom, List<LocalizedText> reasons) {
  /**
   * Copies the reasons.
   *
   * @param stage the stage assessed
   * @param assessment the assessment as recorded
   * @param cell the matrix cell, with the consequence raised to the classification floor
   * @param raisedFrom the consequence as assessed, when the floor raised it
   * @param reasons why the level is what it is
   */
  public StageEvaluation {
    reasons = List.copyOf(reasons);
  }

  /** {@return the cell's level on the matrix} */
  public RiskLevel level() {
    return cell.level();
  }

  /** {@return whether that level may be accepted as it is} */
  public Acceptance acceptance() {
    return cell.level().acceptance();
  }
}
