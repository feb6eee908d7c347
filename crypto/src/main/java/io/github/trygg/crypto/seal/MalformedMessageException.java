package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The bytes are not a CMS message of the expected kind. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class MalformedMessageException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message and cause.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   * @param cause the failure underneath, if any
   */
  public MalformedMessageException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
