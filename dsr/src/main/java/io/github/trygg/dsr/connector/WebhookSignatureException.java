package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/** A webhook delivery whose signature, timestamp or headers do not hold; do not act on it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WebhookSignatureException extends DsrException {
  private static final long serialVersionUID = 1L;

  /** What was wrong, for the receiver's log and its 4xx answer. */
  public enum Reason {
    /** A {@code webhook-id}, {@code webhook-timestamp} or {@code webhook-signature} header is missing. */
    MISSING_HEADER,
    /** A header cannot be read: a timestamp that is not a number, a signature not {@code v1,<base64>}. */
    MALFORMED_HEADER,
    /** The timestamp lies further from the receiver's clock than the tolerance: possibly a replay. */
    TIMESTAMP_OUT_OF_RANGE,
    /** No signature matches under any primary or enabled key version. */
    NO_MATCHING_SIGNATURE
  }

  private final Reason reason;

  /**
   * A delivery that does not hold.
   *
   * @param reason what was wrong
   * @param message the reason in words; names no key or content
   */
  public WebhookSignatureException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** {@return what was wrong} */
  public Reason reason() {
    return reason;
  }
}
