package io.github.trygg.crypto;

import io.github.trygg.core.TryggException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Root of the crypto module's exceptions. Messages never contain key material, plaintext or
 * anything that could help an attacker tell one failure from another beyond the exception type.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class CryptoException extends TryggException {
  private static final long serialVersionUID = 1L;

  /**
   * A failure described by {@code message}.
   *
   * @param message what failed, free of key material and plaintext
   */
  public CryptoException(String message) {
    super(message);
  }

  /**
   * A failure described by {@code message}, caused by another.
   *
   * @param message what failed, free of key material and plaintext
   * @param cause the failure underneath, if any
   */
  public CryptoException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
