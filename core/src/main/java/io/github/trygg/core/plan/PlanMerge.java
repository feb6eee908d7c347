package io.github.trygg.core.plan;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The outcome of {@link ActionPlan#merge}: the merged plan and the ids of the items that were
 * added, resolved (no longer produced by the analysis) and reopened (produced again after being
 * resolved).
 *
 * @param plan the plan after the merge
 * @param added ids of the items added
 * @param resolved ids of the items the analysis no longer produces
 * @param reopened ids of resolved items produced again
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanMerge(ActionPlan plan, List<String> added, List<String> resolved, List<String> reopened) {
  /**
   * Copies the lists.
   *
   * @param plan the plan after the merge
   * @param added ids of the items added
   * @param resolved ids of the items the analysis no longer produces
   * @param reopened ids of resolved items produced again
   */
  public PlanMerge {
    added = List.copyOf(added);
    resolved = List.copyOf(resolved);
    reopened = List.copyOf(reopened);
  }
}
