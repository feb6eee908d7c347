package io.github.trygg.dsr.request;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/** What a system did with its part of a request. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskOutcome {
  /** Access or portability: the data were delivered. */
  FULFILLED(EnumSet.of(RequestType.ACCESS, RequestType.PORTABILITY)),
  RECTIFIED(EnumSet.of(RequestType.RECTIFICATION)),
  ERASED(EnumSet.of(RequestType.ERASURE, RequestType.CONSENT_WITHDRAWAL)),
  ANONYMISED(EnumSet.of(RequestType.ERASURE, RequestType.CONSENT_WITHDRAWAL)),
  RESTRICTED(EnumSet.of(RequestType.RESTRICTION, RequestType.OBJECTION)),
  /** Public records under archive law (arkivlagen, arkivlova): restricted instead of erased. */
  RESTRICTED_INSTEAD_ARCHIVE_LAW(EnumSet.of(RequestType.ERASURE, RequestType.RECTIFICATION, RequestType.CONSENT_WITHDRAWAL)),
  /** Processing on the basis objected to, or on withdrawn consent, has stopped. */
  PROCESSING_STOPPED(EnumSet.of(RequestType.OBJECTION, RequestType.CONSENT_WITHDRAWAL)),
  /** A person reviewed the automated decision. */
  HUMAN_REVIEW_DONE(EnumSet.of(RequestType.AUTOMATED_DECISION_REVIEW)),
  /** A recipient was told of a rectification, erasure or restriction (Art. 19). */
  RECIPIENT_NOTIFIED(EnumSet.of(RequestType.RECTIFICATION, RequestType.ERASURE, RequestType.RESTRICTION)),
  /** Refused with a legal ground. */
  REFUSED(EnumSet.allOf(RequestType.class)),
  /** Done in part; the rest is refused with a legal ground. */
  PARTIAL(EnumSet.allOf(RequestType.class));

  private final Set<RequestType> fits;

  TaskOutcome(Set<RequestType> fits) {
    this.fits = fits;
  }

  /** Whether this outcome answers a task for {@code right}. */
  public boolean fits(RequestType right) {
    return fits.contains(right);
  }

  /** Refusals and partial results must name their legal ground. */
  public boolean needsLegalGround() {
    return this == REFUSED || this == PARTIAL || this == RESTRICTED_INSTEAD_ARCHIVE_LAW;
  }
}
