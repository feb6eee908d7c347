package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.request.TaskStatus;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What sending a task achieved: normally {@link TaskStatus#SENT} or {@link TaskStatus#ACKNOWLEDGED},
 * or {@link TaskStatus#FAILED} when the other end refused; with the other end's reference.
 *
 * @param status {@code SENT}, {@code ACKNOWLEDGED} or {@code FAILED}
 * @param externalRef the other end's reference (ticket number, job id), if it gave one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Submission(TaskStatus status, Optional<String> externalRef) {
  /**
   * Checks the status.
   *
   * @param status {@code SENT}, {@code ACKNOWLEDGED} or {@code FAILED}
   * @param externalRef the other end's reference (ticket number, job id), if it gave one
   * @throws IllegalArgumentException unless the status is SENT, ACKNOWLEDGED or FAILED
   */
  public Submission {
    if (status != TaskStatus.SENT && status != TaskStatus.ACKNOWLEDGED && status != TaskStatus.FAILED) {
      throw new IllegalArgumentException("a submission is SENT, ACKNOWLEDGED or FAILED");
    }
  }

  /**
   * Sent, with the other end's reference.
   *
   * @param externalRef the other end's reference
   * @return the submission
   */
  public static Submission sent(String externalRef) {
    return new Submission(TaskStatus.SENT, Optional.of(externalRef));
  }

  /** {@return a refused or failed submission, without a reference} */
  public static Submission failed() {
    return new Submission(TaskStatus.FAILED, Optional.empty());
  }
}
