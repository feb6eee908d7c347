package io.github.trygg.core;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception Trygg throws. Unchecked; each module adds a few subtypes a caller can act
 * on. Messages say what was wrong, where and what was expected, and never carry personal data or
 * key material.
 *
 * <p>Held stable: every module's exceptions extend it, and hosts' catch blocks name it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public abstract class TryggException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with its message.
   *
   * @param message what went wrong, without secrets or personal data
   */
  protected TryggException(String message) {
    super(message);
  }

  /**
   * An exception with its message and cause.
   *
   * @param message what went wrong, without secrets or personal data
   * @param cause the failure underneath, if any
   */
  protected TryggException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
