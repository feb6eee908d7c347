package io.github.trygg.core.risk;

import io.github.trygg.core.internal.data.Lookup;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A risk matrix profile: likelihood and consequence scales, the risk levels with their acceptance,
 * the grid that gives each cell its level, and the consequence floor for each classification level.
 * The level is a grid lookup, never the product: on an ISO-style grid a catastrophic consequence at
 * low likelihood is not the same as a minor one that is almost certain. Shipped profiles are in
 * {@link RiskMatrices}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RiskMatrix {
  /** {@return the matrix's id} */
  public abstract String id();

  /** {@return the matrix's version} */
  public abstract String version();

  /** {@return the matrix's name in words} */
  public abstract LocalizedText name();

  /** {@return the likelihood scale, lowest first; values 1..n} */
  public abstract List<ScaleStep> likelihoods();

  /** {@return the consequence scale, lowest first; values 1..m} */
  public abstract List<ScaleStep> consequences();

  /** {@return the risk levels, lowest first; ranks 0..k-1} */
  public abstract List<RiskLevel> levels();

  /**
   * {@return row per likelihood (lowest first), column per consequence (lowest first): the rank of
   * the cell's level}
   */
  public abstract List<List<Integer>> grid();

  /** {@return the least consequence value a risk to an aspect classified at each level can have} */
  public abstract Map<ConsequenceLevel, Integer> classificationFloor();

  /** {@return where the scales and levels come from, with their verification status} */
  public abstract List<LegalReference> sources();

  /**
   * The cell at {@code likelihood}, {@code consequence} (1-based scale values).
   *
   * @param likelihood the likelihood value, 1-based
   * @param consequence the consequence value, 1-based
   * @return the cell
   */
  public final MatrixCell cell(int likelihood, int consequence) {
    if (likelihood < 1 || likelihood > likelihoods().size() || consequence < 1 || consequence > consequences().size()) {
      throw new IllegalArgumentException("no cell " + likelihood + "×" + consequence + " in a " + likelihoods().size() + "×" + consequences().size() + " matrix");
    }
    return new MatrixCell(likelihood, consequence, levels().get(grid().get(likelihood - 1).get(consequence - 1)));
  }

  /**
   * The level of one cell.
   *
   * @param likelihood the likelihood value, 1-based
   * @param consequence the consequence value, 1-based
   * @return the cell's level
   * @throws IllegalArgumentException if the values are outside the scales
   */
  public final RiskLevel level(int likelihood, int consequence) {
    return cell(likelihood, consequence).level();
  }

  /**
   * One step of the likelihood scale.
   *
   * @param value the 1-based value
   * @return the step
   * @throws IllegalArgumentException if the value is outside the scale
   */
  public final ScaleStep likelihood(int value) {
    return likelihoods().get(value - 1);
  }

  /**
   * One step of the consequence scale.
   *
   * @param value the 1-based value
   * @return the step
   * @throws IllegalArgumentException if the value is outside the scale
   */
  public final ScaleStep consequence(int value) {
    return consequences().get(value - 1);
  }

  /**
   * The least consequence value a risk to an aspect classified at {@code level} can have.
   *
   * @param level a classification level
   * @return the least 1-based consequence value
   */
  public final int floor(ConsequenceLevel level) {
    return Lookup.in(classificationFloor(), level, "consequence floor");
  }

  /**
   * The same matrix with other acceptance thresholds: {@code acceptance} maps level ids to their
   * new acceptance; levels not named keep theirs. The organisation's risk appetite, as data.
   *
   * @param acceptance level id → its new acceptance
   * @return the matrix with those thresholds
   */
  public final RiskMatrix withAcceptance(Map<String, Acceptance> acceptance) {
    List<RiskLevel> changed = new ArrayList<>();
    for (RiskLevel level : levels()) {
      changed.add(new RiskLevel(level.rank(), level.id(), level.label(), acceptance.getOrDefault(level.id(), level.acceptance()), level.colour()));
    }
    for (String id : acceptance.keySet()) {
      if (levels().stream().noneMatch(l -> l.id().equals(id))) {
        throw new IllegalArgumentException("matrix " + id() + " has no level '" + id + "'");
      }
    }
    return builder().from(this).levels(changed).build();
  }

  /**
   * The count of risks per cell at {@code stage}: what a report draws as a heat map.
   *
   * @param evaluations the evaluated risks
   * @param stage inherent, current or residual
   * @return the heat map of that stage
   */
  public final HeatMap heatMap(Collection<RiskEvaluation> evaluations, RiskStage stage) {
    return HeatMap.of(this, evaluations, stage);
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    int n = likelihoods().size();
    int m = consequences().size();
    if (n < 2 || m < 2 || levels().isEmpty()) {
      throw new IllegalArgumentException("matrix " + id() + " needs at least 2×2 cells and one level");
    }
    for (int i = 0; i < n; i++) {
      if (likelihoods().get(i).value() != i + 1) {
        throw new IllegalArgumentException("likelihood values must run 1.." + n);
      }
    }
    for (int i = 0; i < m; i++) {
      if (consequences().get(i).value() != i + 1) {
        throw new IllegalArgumentException("consequence values must run 1.." + m);
      }
    }
    for (int i = 0; i < levels().size(); i++) {
      if (levels().get(i).rank() != i) {
        throw new IllegalArgumentException("level ranks must run 0.." + (levels().size() - 1));
      }
    }
    if (grid().size() != n) {
      throw new IllegalArgumentException("the grid has " + grid().size() + " rows for " + n + " likelihoods");
    }
    for (int l = 0; l < n; l++) {
      List<Integer> row = grid().get(l);
      if (row.size() != m) {
        throw new IllegalArgumentException("grid row " + (l + 1) + " has " + row.size() + " cells for " + m + " consequences");
      }
      for (int c = 0; c < m; c++) {
        int rank = row.get(c);
        if (rank < 0 || rank >= levels().size()) {
          throw new IllegalArgumentException("grid cell " + (l + 1) + "×" + (c + 1) + " names no level");
        }
        // A more likely or more severe cell must never be a lower level.
        if ((c > 0 && rank < row.get(c - 1)) || (l > 0 && rank < grid().get(l - 1).get(c))) {
          throw new IllegalArgumentException("grid cell " + (l + 1) + "×" + (c + 1) + " is lower than a cell less likely or less severe");
        }
      }
    }
    int previous = 0;
    for (ConsequenceLevel level : ConsequenceLevel.values()) {
      Integer floor = classificationFloor().get(level);
      if (floor == null || floor < 1 || floor > m || floor < previous) {
        throw new IllegalArgumentException("the classification floor needs a consequence 1.." + m + " for every level 0–4, never falling");
      }
      previous = floor;
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskMatrix}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRiskMatrix.Builder {}
}
