package io.github.trygg.dsr.connector;

import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.TaskKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A task as a receiving system gets it from {@link WebhookReceiver}: the controller's order for one
 * right, the subject's identifiers to find the data by, and the date the answer is needed by. The
 * delivery id stays the same when the controller retries, so a task received twice can be ignored.
 * {@link #toString()} leaves the identifiers out.
 *
 * @param deliveryId the delivery's id, the same on every retry
 * @param taskId the controller's task id, to answer with
 * @param requestId the controller's request id
 * @param systemId the register id of the receiving system
 * @param right the right to carry out
 * @param kind fulfilment, or an Art. 19 notice to a recipient
 * @param recipient for a recipient notice, the recipient to notify
 * @param viaProcessor the processor the task came through, if any
 * @param subProcessors the sub-processors that must act too
 * @param archiveStatus whether the records are public records, which turns erasure into restriction
 * @param answerBy the date the controller needs the answer by
 * @param identifiers the subject's identifiers to find the data by; personal data
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ReceivedTask(
    String deliveryId,
    String taskId,
    String requestId,
    String systemId,
    RequestType right,
    TaskKind kind,
    Optional<String> recipient,
    Optional<String> viaProcessor,
    List<String> subProcessors,
    ArchiveStatus archiveStatus,
    LocalDate answerBy,
    List<SubjectIdentifier> identifiers) {
  /**
   * Copies the lists.
   *
   * @param deliveryId the delivery's id, the same on every retry
   * @param taskId the controller's task id, to answer with
   * @param requestId the controller's request id
   * @param systemId the register id of the receiving system
   * @param right the right to carry out
   * @param kind fulfilment, or an Art. 19 notice to a recipient
   * @param recipient for a recipient notice, the recipient to notify
   * @param viaProcessor the processor the task came through, if any
   * @param subProcessors the sub-processors that must act too
   * @param archiveStatus whether the records are public records, which turns erasure into restriction
   * @param answerBy the date the controller needs the answer by
   * @param identifiers the subject's identifiers to find the data by; personal data
   */
  public ReceivedTask {
    subProcessors = List.copyOf(subProcessors);
    identifiers = List.copyOf(identifiers);
  }

  @Override
  public String toString() {
    return "ReceivedTask[" + taskId + " " + right + " → " + systemId + ", answer by " + answerBy + "]";
  }
}
