package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/** A webhook delivery whose signature, timestamp or headers do not hold; do not act on it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookSignatureException extends DsrException {
  private static final long serialVersionUID = 1L;

  /** What was wrong, for the receiver's log and its 4xx answer. */
  public enum Reason {
    MISSING_HEADER,
    MALFORMED_HEADER,
    TIMESTAMP_OUT_OF_RANGE,
    NO_MATCHING_SIGNATURE
  }

  private final Reason reason;

  public WebhookSignatureException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
