package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/** Where one system's part of a request is; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskStatus {
  PENDING,
  SENT,
  ACKNOWLEDGED,
  IN_PROGRESS,
  DONE,
  /** The system holds nothing on the subject; a success, also for erasure. */
  NO_DATA,
  /** Failed and may be retried (back to PENDING). */
  FAILED,
  /** Out of scope, with a reason. */
  SKIPPED,
  CANCELLED;

  public boolean isTerminal() {
    return this == DONE || this == NO_DATA || this == SKIPPED || this == CANCELLED;
  }
}
