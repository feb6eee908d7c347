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
  public ReceivedTask {
    subProcessors = List.copyOf(subProcessors);
    identifiers = List.copyOf(identifiers);
  }

  @Override
  public String toString() {
    return "ReceivedTask[" + taskId + " " + right + " → " + systemId + ", answer by " + answerBy + "]";
  }
}
