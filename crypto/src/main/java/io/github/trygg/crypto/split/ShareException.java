package io.github.trygg.crypto.split;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;

/** Shares that cannot be joined. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ShareException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    MALFORMED("not a Trygg share"),
    MIXED("the shares come from different splits"),
    DUPLICATE("two shares have the same index"),
    TOO_FEW("fewer shares than the threshold"),
    TRUNCATED("the shares have different lengths");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  private final Reason reason;

  public ShareException(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  public ShareException(Reason reason, String detail) {
    super(reason.message() + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
