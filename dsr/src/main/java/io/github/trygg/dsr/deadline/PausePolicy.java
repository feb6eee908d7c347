package io.github.trygg.dsr.deadline;

import org.apiguardian.api.API;

/**
 * Whether the clock may stop while the controller waits for the requester. A supervisory authority
 * has accepted a pause while identity was being established, but it is a policy a controller
 * chooses and documents, not a default.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PausePolicy {
  /** The month runs from receipt whatever happens. */
  NEVER,
  /** The clock stops while waiting for proof of identity or a clarification; every pause is audited. */
  ON_IDENTITY_OR_CLARIFICATION
}
