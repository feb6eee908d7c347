package io.github.trygg.core.risk;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One cell of a heat map: where it is, its level (and so its colour), and the risks in it.
 *
 * @param likelihood the cell's likelihood value, 1-based
 * @param consequence the cell's consequence value, 1-based
 * @param level the matrix's level in the cell
 * @param riskIds the ids of the risks placed in it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HeatMapCell(int likelihood, int consequence, RiskLevel level, List<String> riskIds) {
  /**
   * Copies the risk ids.
   *
   * @param likelihood the cell's likelihood value, 1-based
   * @param consequence the cell's consequence value, 1-based
   * @param level the matrix's level in the cell
   * @param riskIds the ids of the risks placed in it
   */
  public HeatMapCell {
    riskIds = List.copyOf(riskIds);
  }

  /** {@return how many risks the cell holds} */
  public int count() {
    return riskIds.size();
  }
}
