package io.github.trygg.dsr;

import io.github.trygg.core.TryggException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Root of the data-subject-rights module's exceptions. Messages never contain personal data. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class DsrException extends TryggException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   */
  public DsrException(String message) {
    super(message);
  }

  /**
   * The exception with its message and cause.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   * @param cause the failure underneath, if any
   */
  public DsrException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
