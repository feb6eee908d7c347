package io.github.trygg.dsr.routing;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.request.TaskKind;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The tasks a request needs, the identity assurance the data call for, and the trace: which assets
 * matched, which systems were left out and why.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RoutingPlan(List<PlannedTask> tasks, AssuranceLevel minimumAssurance, List<String> matchedAssets, List<Reason> trace) {
  public RoutingPlan {
    tasks = List.copyOf(tasks);
    matchedAssets = List.copyOf(matchedAssets);
    trace = List.copyOf(trace);
  }

  public List<PlannedTask> fulfilment() {
    return tasks.stream().filter(t -> t.kind() == TaskKind.FULFIL).toList();
  }

  public List<PlannedTask> recipientNotices() {
    return tasks.stream().filter(t -> t.kind() == TaskKind.NOTIFY_RECIPIENT).toList();
  }
}
