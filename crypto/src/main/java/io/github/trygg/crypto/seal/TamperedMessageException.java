package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The message was altered after it was sealed or signed: an authentication tag, a wrapped key, a digest or a signature does not check. Nothing of its content is returned. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class TamperedMessageException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message and cause.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   * @param cause the failure underneath, if any
   */
  public TamperedMessageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
