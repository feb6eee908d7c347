package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;

/**
 * Text that is not a pseudonym of this domain: malformed, made with another key, tampered with, or
 * a token the vault no longer holds. Deliberately not more specific than that.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class InvalidPseudonymException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /**
   * Text that is not a pseudonym of the domain.
   *
   * @param message what was wrong, never the text itself
   */
  public InvalidPseudonymException(String message) {
    super(message);
  }
}
