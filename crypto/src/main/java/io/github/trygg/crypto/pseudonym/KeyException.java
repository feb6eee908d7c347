package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import java.util.OptionalInt;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
    DESTROYED("the key version has been destroyed"),
    /** The version is held in a token (HSM) and its bytes cannot be read out. */
    NOT_EXPORTABLE("the key version is held in a token and cannot leave it"),
    /** The key store or token holding the version refused or could not be reached. */
    UNAVAILABLE("the key store holding the key version cannot be used");

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
    this(reason, keyId, version, null);
  }

  /** @param cause what the key store reported; its message must hold no key material */
  public KeyException(Reason reason, String keyId, int version, @Nullable Throwable cause) {
    super("key '" + keyId + "'" + (version > 0 ? " v" + version : "") + ": " + reason.message(), cause);
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
