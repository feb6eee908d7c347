package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.request.SystemTask;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a connector sends: the task, the subject's identifiers (which only the receiving system
 * needs: never log them) and the date the answer is needed by.
 *
 * @param task the task to carry out
 * @param identifiers the subject's identifiers the system finds the data by; personal data (copied)
 * @param answerBy the date the system must answer by
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskOrder(SystemTask task, List<SubjectIdentifier> identifiers, LocalDate answerBy) {
  /**
   * Copies the identifiers.
   *
   * @param task the task to carry out
   * @param identifiers the subject's identifiers the system finds the data by; personal data (copied)
   * @param answerBy the date the system must answer by
   */
  public TaskOrder {
    identifiers = List.copyOf(identifiers);
  }

  @Override
  public String toString() {
    return "TaskOrder[" + task.id() + " " + task.right() + " → " + task.systemId() + "]";
  }
}
