package io.github.trygg.crypto.pseudonym;

import java.util.Objects;
import org.apiguardian.api.API;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capability to read key bytes out of a {@link MasterKey}. Nothing in Trygg hands out key
 * material without one, and obtaining one is logged with its reason, so every export is deliberate
 * and can be found in the code and the logs.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class KeyExport {
  private static final Logger LOG = LoggerFactory.getLogger(KeyExport.class);

  private final String reason;

  private KeyExport(String reason) {
    this.reason = reason;
  }

  /**
   * Permits exports for the given reason, for example "back up to the HSM" or "move to KMS".
   *
   * @param reason why key material leaves its store; logged with each export
   * @return the capability
   * @throws IllegalArgumentException if the reason is blank
   */
  public static KeyExport permit(String reason) {
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException("a key export needs a reason");
    }
    LOG.warn("Key material export permitted: {}", reason);
    return new KeyExport(reason);
  }

  /** {@return why exports are permitted, as given to {@link #permit}} */
  public String reason() {
    return reason;
  }

  @Override
  public String toString() {
    return "KeyExport[" + reason + "]";
  }
}
