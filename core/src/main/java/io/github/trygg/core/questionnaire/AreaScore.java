package io.github.trygg.core.questionnaire;

import java.util.List;
import org.apiguardian.api.API;

/**
 * How far an area has come in a self-assessment: points against the most possible, and the
 * questions where the best answer was not given — what is missing.
 *
 * @param area the area
 * @param score the points the answers give
 * @param max the most points possible
 * @param missing what is missing: the questions where the best answer was not given
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AreaScore(Area area, int score, int max, List<String> missing) {
  /**
   * Copies the missing items.
   *
   * @param area the area
   * @param score the points the answers give
   * @param max the most points possible
   * @param missing what is missing: the questions where the best answer was not given
   */
  public AreaScore {
    missing = List.copyOf(missing);
  }

  /**
   * 0–100, rounded down; 100 for an area with nothing to score.
   *
   * @return the score as a percentage of the area's maximum
   */
  public int percent() {
    return max == 0 ? 100 : score * 100 / max;
  }
}
