package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/**
 * One cell of a risk matrix: a likelihood and a consequence value and the level the grid gives them.
 *
 * @param likelihood the likelihood value, 1-based
 * @param consequence the consequence value, 1-based
 * @param level the level the grid gives the cell
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatrixCell(int likelihood, int consequence, RiskLevel level) {
  /** {@return likelihood × consequence: only for sorting within a level, never to decide the level} */
  public int score() {
    return likelihood * consequence;
  }
}
