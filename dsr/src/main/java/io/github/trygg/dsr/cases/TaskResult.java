package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a system, processor or person reported for a task.
 *
 * @param status the task's new status
 * @param outcome what was done, when the task is done
 * @param legalGround the id of the legal ground for a refusal, a partial result or an archive-law restriction
 * @param externalRef the system's own reference (ticket number, job id), if it gave one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskResult(TaskStatus status, Optional<TaskOutcome> outcome, Optional<String> legalGround, Optional<String> externalRef) {
  /**
   * A new status without an outcome, such as {@link TaskStatus#IN_PROGRESS}.
   *
   * @param status the task's new status
   * @return the result
   */
  public static TaskResult of(TaskStatus status) {
    return new TaskResult(status, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The task is done with this outcome.
   *
   * @param outcome what was done
   * @return the result
   */
  public static TaskResult done(TaskOutcome outcome) {
    return new TaskResult(TaskStatus.DONE, Optional.of(outcome), Optional.empty(), Optional.empty());
  }

  /**
   * The task is done with this outcome, on a legal ground (a refusal, a partial result, a restriction).
   *
   * @param outcome what was done
   * @param legalGround the ground's id in the grounds catalogue
   * @return the result
   */
  public static TaskResult done(TaskOutcome outcome, String legalGround) {
    return new TaskResult(TaskStatus.DONE, Optional.of(outcome), Optional.of(legalGround), Optional.empty());
  }

  /** {@return the result that the system holds no data about the subject} */
  public static TaskResult noData() {
    return of(TaskStatus.NO_DATA);
  }
}
