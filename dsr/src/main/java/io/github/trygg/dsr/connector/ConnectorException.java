package io.github.trygg.dsr.connector;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/**
 * A connector that must not send a task as configured — an address that is not HTTPS, no signing
 * key for the system. Nothing was sent; fix the configuration or the register and dispatch again.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConnectorException extends DsrException {
  private static final long serialVersionUID = 1L;

  /**
   * The exception with its message.
   *
   * @param message what went wrong, without key material, plaintext or personal data
   */
  public ConnectorException(String message) {
    super(message);
  }
}
