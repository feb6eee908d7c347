package io.github.trygg.core.risk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How many risks sit in each cell of a matrix at one stage — the table a report draws as a heat map.
 * {@link #rows()} is in drawing order: the most likely row first, consequences left to right.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HeatMap {
  private final RiskMatrix matrix;
  private final RiskStage stage;
  private final HeatMapCell[][] cells;
  private final List<String> notAssessed;

  private HeatMap(RiskMatrix matrix, RiskStage stage, HeatMapCell[][] cells, List<String> notAssessed) {
    this.matrix = matrix;
    this.stage = stage;
    this.cells = cells;
    this.notAssessed = List.copyOf(notAssessed);
  }

  static HeatMap of(RiskMatrix matrix, Collection<RiskEvaluation> evaluations, RiskStage stage) {
    int n = matrix.likelihoods().size();
    int m = matrix.consequences().size();
    List<List<List<String>>> ids = new ArrayList<>();
    for (int l = 0; l < n; l++) {
      List<List<String>> row = new ArrayList<>();
      for (int c = 0; c < m; c++) {
        row.add(new ArrayList<>());
      }
      ids.add(row);
    }
    List<String> notAssessed = new ArrayList<>();
    for (RiskEvaluation evaluation : evaluations) {
      if (!evaluation.matrix().id().equals(matrix.id()) || !evaluation.matrix().version().equals(matrix.version())) {
        throw new IllegalArgumentException("risk " + evaluation.risk().id() + " was evaluated on matrix " + evaluation.matrix().id() + ", not " + matrix.id());
      }
      Optional<StageEvaluation> at = evaluation.stage(stage);
      if (at.isEmpty()) {
        notAssessed.add(evaluation.risk().id());
        continue;
      }
      MatrixCell cell = at.get().cell();
      ids.get(cell.likelihood() - 1).get(cell.consequence() - 1).add(evaluation.risk().id());
    }
    HeatMapCell[][] cells = new HeatMapCell[n][m];
    for (int l = 0; l < n; l++) {
      for (int c = 0; c < m; c++) {
        cells[l][c] = new HeatMapCell(l + 1, c + 1, matrix.level(l + 1, c + 1), ids.get(l).get(c));
      }
    }
    return new HeatMap(matrix, stage, cells, notAssessed);
  }

  /** {@return the matrix the map is drawn on} */
  public RiskMatrix matrix() {
    return matrix;
  }

  /** {@return the stage whose assessments are placed} */
  public RiskStage stage() {
    return stage;
  }

  /** {@return rows from the highest likelihood down; in each, consequences from lowest to highest} */
  public List<List<HeatMapCell>> rows() {
    List<List<HeatMapCell>> rows = new ArrayList<>();
    for (int l = cells.length - 1; l >= 0; l--) {
      rows.add(List.of(cells[l]));
    }
    return rows;
  }

  /**
   * One cell of the map.
   *
   * @param likelihood the likelihood value, 1-based
   * @param consequence the consequence value, 1-based
   * @return the cell
   * @throws IllegalArgumentException if the values are outside the matrix's scales
   */
  public HeatMapCell cell(int likelihood, int consequence) {
    matrix.cell(likelihood, consequence);
    return cells[likelihood - 1][consequence - 1];
  }

  /**
   * How many risks one cell holds.
   *
   * @param likelihood the likelihood value, 1-based
   * @param consequence the consequence value, 1-based
   * @return the number of risks
   * @throws IllegalArgumentException if the values are outside the matrix's scales
   */
  public int count(int likelihood, int consequence) {
    return cell(likelihood, consequence).count();
  }

  /** {@return how many risks are placed on the map (those assessed at this stage)} */
  public int total() {
    int total = 0;
    for (HeatMapCell[] row : cells) {
      for (HeatMapCell cell : row) {
        total += cell.count();
      }
    }
    return total;
  }

  /** {@return the largest count in any cell, for scaling a drawing} */
  public int maxCount() {
    int max = 0;
    for (HeatMapCell[] row : cells) {
      for (HeatMapCell cell : row) {
        max = Math.max(max, cell.count());
      }
    }
    return max;
  }

  /** {@return risks per level id, every level present, lowest level first} */
  public Map<String, Integer> countByLevel() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    matrix.levels().forEach(level -> counts.put(level.id(), 0));
    for (HeatMapCell[] row : cells) {
      for (HeatMapCell cell : row) {
        counts.merge(cell.level().id(), cell.count(), Integer::sum);
      }
    }
    return counts;
  }

  /** {@return ids of risks without an assessment at this stage} */
  public List<String> notAssessed() {
    return notAssessed;
  }

  /** {@return a plain-text grid, most likely row first, for logs and tests} */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (List<HeatMapCell> row : rows()) {
      for (HeatMapCell cell : row) {
        sb.append(cell.count()).append(' ');
      }
      sb.setLength(sb.length() - 1);
      sb.append('\n');
    }
    return sb.toString();
  }
}
