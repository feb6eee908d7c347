package io.github.trygg.dsr.routing;

import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.TaskKind;
import io.github.trygg.dsr.request.TaskOutcome;
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
 * @param archiveGround for erasure where archive law applies: the ground it rests on
 * @param expectedOutcome what the rules lead the system to answer: in Sweden an erasure that meets
 *     public records not yet due for disposal is refused under GDPR Art. 17(3)(b) with the archive
 *     rules cited ({@link TaskOutcome#REFUSED}); in Norway the data are blocked instead
 *     ({@link TaskOutcome#RESTRICTED_INSTEAD_ARCHIVE_LAW}, sperring)
 * @param controllers the controllers answering for this part of the request: the committees
 *     (nämnder) or other units named by the processing activities, else the organisation
 * @param systemId the register id of the system the task goes to
 * @param right the right the task carries out
 * @param kind fulfilment in the system, or an Art. 19 notice to a recipient
 * @param recipient for a recipient notice, the recipient as the register names it
 * @param channel how the task reaches the system
 * @param address where the task is sent: a URL, mailbox, queue or the role that acts by hand
 * @param viaProcessor the processor the task goes through, if the system is a processor's
 * @param subProcessors the sub-processors that hold the data and act on the processor's instruction
 * @param archiveStatus whether the system's records are public records
 * @param reasons why the task is planned: the register entries and rules behind it
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
    List<Reason> reasons,
    Optional<TaskOutcome> expectedOutcome,
    List<String> controllers) {
  /**
   * Copies the lists.
   *
   * @param assets the matched assets the system holds
   * @param activities the processing activities behind them
   * @param notApplicable set when the right does not apply to this system (for example portability
   *     under a public task): the id of the legal ground; the task is created as skipped with it
   * @param archiveGround for erasure where archive law applies: the ground it rests on
   * @param expectedOutcome what the rules lead the system to answer: in Sweden an erasure that meets
   *     public records not yet due for disposal is refused under GDPR Art. 17(3)(b) with the archive
   *     rules cited ({@link TaskOutcome#REFUSED}); in Norway the data are blocked instead
   *     ({@link TaskOutcome#RESTRICTED_INSTEAD_ARCHIVE_LAW}, sperring)
   * @param controllers the controllers answering for this part of the request: the committees
   *     (nämnder) or other units named by the processing activities, else the organisation
   * @param systemId the register id of the system the task goes to
   * @param right the right the task carries out
   * @param kind fulfilment in the system, or an Art. 19 notice to a recipient
   * @param recipient for a recipient notice, the recipient as the register names it
   * @param channel how the task reaches the system
   * @param address where the task is sent: a URL, mailbox, queue or the role that acts by hand
   * @param viaProcessor the processor the task goes through, if the system is a processor's
   * @param subProcessors the sub-processors that hold the data and act on the processor's instruction
   * @param archiveStatus whether the system's records are public records
   * @param reasons why the task is planned: the register entries and rules behind it
   */
  public PlannedTask {
    subProcessors = List.copyOf(subProcessors);
    assets = List.copyOf(assets);
    activities = List.copyOf(activities);
    reasons = List.copyOf(reasons);
    controllers = List.copyOf(controllers);
  }
}
