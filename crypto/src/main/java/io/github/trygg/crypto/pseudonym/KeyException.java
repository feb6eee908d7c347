package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/** A key that cannot be used: unknown, without a primary version, suspended or destroyed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class KeyException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why the key cannot be used. */
  public enum Reason {
    UNKNOWN_KEY("no key with this id"),
    NO_PRIMARY("the key has no primary version to make new pseudonyms with"),
    UNKNOWN_VERSION("the key has no such version"),
    DISABLED("the key version is disabled"),
    DESTROYED("the key version has been destroyed");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    public String message() {
      return message;
    }
  }

  private final Reason reason;
  private final String keyId;
  private final int version;

  public KeyException(Reason reason, String keyId) {
    this(reason, keyId, 0);
  }

  /** @param version 0 when the problem is not about one version */
  public KeyException(Reason reason, String keyId, int version) {
    super("key '" + keyId + "'" + (version > 0 ? " v" + version : "") + ": " + reason.message());
    this.reason = reason;
    this.keyId = keyId;
    this.version = version;
  }

  public Reason reason() {
    return reason;
  }

  public String keyId() {
    return keyId;
  }

  public OptionalInt version() {
    return version > 0 ? OptionalInt.of(version) : OptionalInt.empty();
  }
}
