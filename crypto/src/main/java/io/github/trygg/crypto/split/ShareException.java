package io.github.trygg.crypto.split;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;

/** Shares that cannot be joined. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ShareException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** Not a Trygg share, or a share stream that does not begin with a header. */
    MALFORMED("not a Trygg share"),
    /** The shares come from different splits. */
    MIXED("the shares come from different splits"),
    /** Two shares have the same index. */
    DUPLICATE("two shares have the same index"),
    /** Fewer shares than the threshold. */
    TOO_FEW("fewer shares than the threshold"),
    /** The shares have different lengths. */
    TRUNCATED("the shares have different lengths");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    /** {@return the reason in words, as the exception message uses it} */
    public String message() {
      return message;
    }
  }

  private final Reason reason;

  /**
   * Shares that cannot be joined, for this reason.
   *
   * @param reason why
   */
  public ShareException(Reason reason) {
    super(reason.message());
    this.reason = reason;
  }

  /**
   * Shares that cannot be joined, for this reason, with a detail.
   *
   * @param reason why
   * @param detail more about what was wrong, never share bytes
   */
  public ShareException(Reason reason, String detail) {
    super(reason.message() + ": " + detail);
    this.reason = reason;
  }

  /** {@return why the shares cannot be joined} */
  public Reason reason() {
    return reason;
  }
}
