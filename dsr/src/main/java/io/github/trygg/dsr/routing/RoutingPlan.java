package io.github.trygg.dsr.routing;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.request.TaskKind;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The tasks a request needs, the identity assurance the data call for, the trace (which assets
 * matched, which systems were left out and why), the controllers that answer for it, and — for a
 * request for access or portability — the secrecy review that must come before anything is
 * released, each step with its provision in the jurisdiction and sectors concerned.
 *
 * @param tasks every task: fulfilment first, then recipient notices
 * @param minimumAssurance the identity assurance the data call for before anything is released
 * @param matchedAssets the ids of the register assets that match the subject
 * @param trace why systems were included or left out
 * @param controllers the controllers (committees or other units) that answer for the request
 * @param secrecyReview for access and portability, the secrecy review's steps, each with its provision
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RoutingPlan(List<PlannedTask> tasks, AssuranceLevel minimumAssurance, List<String> matchedAssets, List<Reason> trace,
    List<OrganisationUnit> controllers, List<Reason> secrecyReview) {
  /**
   * Copies the lists.
   *
   * @param tasks every task: fulfilment first, then recipient notices
   * @param minimumAssurance the identity assurance the data call for before anything is released
   * @param matchedAssets the ids of the register assets that match the subject
   * @param trace why systems were included or left out
   * @param controllers the controllers (committees or other units) that answer for the request
   * @param secrecyReview for access and portability, the secrecy review's steps, each with its provision
   */
  public RoutingPlan {
    tasks = List.copyOf(tasks);
    matchedAssets = List.copyOf(matchedAssets);
    trace = List.copyOf(trace);
    controllers = List.copyOf(controllers);
    secrecyReview = List.copyOf(secrecyReview);
  }

  /**
   * A plan with no controllers named and no secrecy review.
   *
   * @param tasks every task
   * @param minimumAssurance the identity assurance the data call for
   * @param matchedAssets the ids of the matched register assets
   * @param trace why systems were included or left out
   */
  public RoutingPlan(List<PlannedTask> tasks, AssuranceLevel minimumAssurance, List<String> matchedAssets, List<Reason> trace) {
    this(tasks, minimumAssurance, matchedAssets, trace, List.of(), List.of());
  }

  /** {@return the tasks that carry out the right in a system} */
  public List<PlannedTask> fulfilment() {
    return tasks.stream().filter(t -> t.kind() == TaskKind.FULFIL).toList();
  }

  /** {@return the Art. 19 notices to recipients of the data} */
  public List<PlannedTask> recipientNotices() {
    return tasks.stream().filter(t -> t.kind() == TaskKind.NOTIFY_RECIPIENT).toList();
  }
}
