package io.github.trygg.dsr.routing;

import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.TaskKind;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One task the register calls for, with why.
 *
 * @param assets the matched assets the system holds
 * @param activities the processing activities behind them
 * @param notApplicable set when the right does not apply to this system (for example portability
 *     under a public task): the id of the legal ground; the task is created as skipped with it
 * @param archiveGround for erasure where archive law applies: the ground that turns it into
 *     restriction
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlannedTask(
    String systemId,
    RequestType right,
    TaskKind kind,
    Optional<String> recipient,
    DsrChannel channel,
    String address,
    Optional<String> viaProcessor,
    List<String> subProcessors,
    ArchiveStatus archiveStatus,
    List<String> assets,
    List<String> activities,
    Optional<String> notApplicable,
    Optional<String> archiveGround,
    List<Reason> reasons) {
  public PlannedTask {
    subProcessors = List.copyOf(subProcessors);
    assets = List.copyOf(assets);
    activities = List.copyOf(activities);
    reasons = List.copyOf(reasons);
  }
}
