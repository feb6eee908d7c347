package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.request.TaskStatus;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What sending a task achieved: normally {@link TaskStatus#SENT} or {@link TaskStatus#ACKNOWLEDGED},
 * or {@link TaskStatus#FAILED} when the other end refused; with the other end's reference.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Submission(TaskStatus status, Optional<String> externalRef) {
  public Submission {
    if (status != TaskStatus.SENT && status != TaskStatus.ACKNOWLEDGED && status != TaskStatus.FAILED) {
      throw new IllegalArgumentException("a submission is SENT, ACKNOWLEDGED or FAILED");
    }
  }

  public static Submission sent(String externalRef) {
    return new Submission(TaskStatus.SENT, Optional.of(externalRef));
  }

  public static Submission failed() {
    return new Submission(TaskStatus.FAILED, Optional.empty());
  }
}
