package io.github.trygg.dsr;

import io.github.trygg.core.TryggException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Root of the data-subject-rights module's exceptions. Messages never contain personal data. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class DsrException extends TryggException {
  private static final long serialVersionUID = 1L;

  public DsrException(String message) {
    super(message);
  }

  public DsrException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
