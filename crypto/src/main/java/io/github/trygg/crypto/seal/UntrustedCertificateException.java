package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A certificate that cannot be relied on: why is in {@link #reason()}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UntrustedCertificateException extends CryptoException {
  private static final long serialVersionUID = 1L;

  public enum Reason {
    /** No valid path to one of the trust anchors. */
    UNTRUSTED_CHAIN,
    EXPIRED,
    NOT_YET_VALID,
    /** The key usage does not allow encryption, key agreement or signing as needed. */
    WRONG_KEY_USAGE,
    /** A revocation list from the issuer lists the certificate. */
    REVOKED,
    /** Revocation lists are configured, but none that is current covers a certificate of the path. */
    REVOCATION_UNKNOWN
  }

  private final Reason reason;

  public UntrustedCertificateException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
