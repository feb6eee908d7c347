package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A certificate that cannot be relied on: why is in {@link #reason()}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UntrustedCertificateException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why a certificate cannot be relied on. */
  public enum Reason {
    /** No valid path to one of the trust anchors. */
    UNTRUSTED_CHAIN,
    /** The certificate, or one of its path, has expired. */
    EXPIRED,
    /** The certificate, or one of its path, is not yet valid. */
    NOT_YET_VALID,
    /** The key usage does not allow encryption, key agreement or signing as needed. */
    WRONG_KEY_USAGE,
    /** A revocation list from the issuer lists the certificate. */
    REVOKED,
    /** Revocation lists are configured, but none that is current covers a certificate of the path. */
    REVOCATION_UNKNOWN
  }

  private final Reason reason;

  /**
   * A certificate that cannot be relied on.
   *
   * @param reason why
   * @param message what was wrong, naming the certificate's subject at most
   * @param cause the path validation's failure, if any
   */
  public UntrustedCertificateException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** {@return why the certificate cannot be relied on} */
  public Reason reason() {
    return reason;
  }
}
