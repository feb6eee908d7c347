package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.request.TaskOutcome;
import io.github.trygg.dsr.request.TaskStatus;
import java.util.Optional;
import org.apiguardian.api.API;

/** What a system, processor or person reported for a task. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TaskResult(TaskStatus status, Optional<TaskOutcome> outcome, Optional<String> legalGround, Optional<String> externalRef) {
  public static TaskResult of(TaskStatus status) {
    return new TaskResult(status, Optional.empty(), Optional.empty(), Optional.empty());
  }

  public static TaskResult done(TaskOutcome outcome) {
    return new TaskResult(TaskStatus.DONE, Optional.of(outcome), Optional.empty(), Optional.empty());
  }

  public static TaskResult done(TaskOutcome outcome, String legalGround) {
    return new TaskResult(TaskStatus.DONE, Optional.of(outcome), Optional.of(legalGround), Optional.empty());
  }

  public static TaskResult noData() {
    return of(TaskStatus.NO_DATA);
  }
}
