package io.github.trygg.dsr.store;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The store cannot do its work: I/O or database failure, damaged data, or a closed store. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class StoreException extends DsrException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   */
  public StoreException(String message) {
    super(message);
  }

  /**
   * The exception with its message and cause.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   * @param cause the failure underneath, if any
   */
  public StoreException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
