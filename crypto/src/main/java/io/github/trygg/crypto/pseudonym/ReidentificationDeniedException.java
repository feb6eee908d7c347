package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;

/** The role in the {@link Authorisation} may not re-identify in the domain. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class ReidentificationDeniedException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /**
   * The role may not re-identify in the domain.
   *
   * @param domain the domain's name
   * @param role the role that asked
   */
  public ReidentificationDeniedException(String domain, String role) {
    super("role '" + role + "' may not re-identify in domain '" + domain + "'");
  }
}
