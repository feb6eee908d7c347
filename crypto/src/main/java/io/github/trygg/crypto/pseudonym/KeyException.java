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
    /** No key with this id. */
    UNKNOWN_KEY("no key with this id"),
    /** The key has no primary version to make new pseudonyms with. */
    NO_PRIMARY("the key has no primary version to make new pseudonyms with"),
    /** The key has no such version. */
    UNKNOWN_VERSION("the key has no such version"),
    /** The version is disabled: it neither makes nor reads pseudonyms until enabled again. */
    DISABLED("the key version is disabled"),
    /** The version's material has been destroyed. */
    DESTROYED("the key version has been destroyed"),
    /** The version is held in a token (HSM) and its bytes cannot be read out. */
    NOT_EXPORTABLE("the key version is held in a token and cannot leave it"),
    /** The key store or token holding the version refused or could not be reached. */
    UNAVAILABLE("the key store holding the key version cannot be used");

    private final String message;

    Reason(String message) {
      this.message = message;
    }

    /** {@return the reason in words, as the exception message uses it} */
    public String message() {
      return message;
    }
  }

  private final Reason reason;
  private final String keyId;
  private final int version;

  /**
   * A key that cannot be used, not about one version.
   *
   * @param reason why
   * @param keyId the key's id
   */
  public KeyException(Reason reason, String keyId) {
    this(reason, keyId, 0);
  }

  /**
   * A key version that cannot be used.
   *
   * @param reason why
   * @param keyId the key's id
   * @param version 0 when the problem is not about one version
   */
  public KeyException(Reason reason, String keyId, int version) {
    this(reason, keyId, version, null);
  }

  /**
   * A key version that cannot be used because its store failed.
   *
   * @param reason why
   * @param keyId the key's id
   * @param version 0 when the problem is not about one version
   * @param cause what the key store reported; its message must hold no key material
   */
  public KeyException(Reason reason, String keyId, int version, @Nullable Throwable cause) {
    super("key '" + keyId + "'" + (version > 0 ? " v" + version : "") + ": " + reason.message(), cause);
    this.reason = reason;
    this.keyId = keyId;
    this.version = version;
  }

  /** {@return why the key cannot be used} */
  public Reason reason() {
    return reason;
  }

  /** {@return the key's id} */
  public String keyId() {
    return keyId;
  }

  /** {@return the version concerned; empty when the problem is not about one version} */
  public OptionalInt version() {
    return version > 0 ? OptionalInt.of(version) : OptionalInt.empty();
  }
}
