package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The message was sealed to this certificate, but its signer named other recipients: someone who
 * received it re-sealed the signed message to a third party. The signature is genuine; the
 * delivery is not what the signer sent. Nothing of the content is returned.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class NotAnIntendedRecipientException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message and cause.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   * @param cause the failure underneath, if any
   */
  public NotAnIntendedRecipientException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
