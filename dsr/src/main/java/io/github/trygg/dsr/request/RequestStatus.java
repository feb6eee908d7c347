package io.github.trygg.dsr.request;

import org.apiguardian.api.API;

/** Where a request is in its life; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestStatus {
  RECEIVED,
  AWAITING_IDENTITY,
  IDENTITY_FAILED,
  VERIFIED,
  ASSESSING,
  APPROVED,
  IN_PROGRESS,
  COMPILING,
  AWAITING_SIGNOFF,
  /** Art. 19 notices to recipients, or erasure after access, after the main answer was prepared. */
  SECONDARY,
  /** Paused by the controller; resumes to the status it was held from. */
  ON_HOLD,
  RESPONDED,
  CLOSED,
  /** Refused with a legal ground (for example Art. 12(5) manifestly unfounded). */
  REJECTED,
  /** The same subject already has an open request for the same rights; linked to it. */
  DUPLICATE,
  WITHDRAWN,
  CANCELLED;

  /** No further transition is possible. */
  public boolean isTerminal() {
    return this == CLOSED;
  }

  /** The request is finished and only waits to be closed. */
  public boolean isFinished() {
    return this == RESPONDED || this == REJECTED || this == WITHDRAWN || this == CANCELLED || this == DUPLICATE || this == CLOSED;
  }
}
