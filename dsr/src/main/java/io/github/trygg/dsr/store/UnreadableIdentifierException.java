package io.github.trygg.dsr.store;

import io.github.trygg.crypto.pseudonym.KeyRef;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers of a stored request cannot be opened. The bundled stores seal identifiers with
 * keys from a {@link io.github.trygg.crypto.pseudonym.KeyProvider}; this names the request, the key
 * id and version and why — never a value or key material. Reads that would return the request
 * fail; the rest of the store stays usable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class UnreadableIdentifierException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** Why the identifiers cannot be opened. */
  public enum Reason {
    /** The store was opened without keys. */
    NO_KEYS,
    /** Sealed under a key id the store was not given, or one its key provider does not know. */
    UNKNOWN_KEY,
    /** The key provider does not know the version. */
    UNKNOWN_VERSION,
    /** The version is suspended; enabling it again makes the identifiers readable. */
    DISABLED,
    /** The version has been destroyed: the identifiers can never be read again (crypto-shredding). */
    DESTROYED,
    /** The key store holding the version refused or could not be reached. */
    KEY_STORE_UNAVAILABLE,
    /**
     * The value does not open under its version: another key with the same id and version (a
     * different key file) sealed it, or the stored value was altered.
     */
    NOT_AUTHENTIC,
    /** The stored value is not a sealed identifier at all. */
    DAMAGED,
    /**
     * Encrypted by a pre-release version of Trygg under a key without versions, which this version
     * does not read.
     */
    PRE_RELEASE_FORMAT
  }

  private final Reason reason;
  private final String requestId;
  private final @Nullable KeyRef key;

  /**
   * Identifiers that cannot be read.
   *
   * @param reason why the identifiers cannot be read
   * @param requestId the request whose identifiers cannot be read
   * @param key the key version the identifier names, when it could be read
   * @param message what is wrong, without personal data
   */
  public UnreadableIdentifierException(Reason reason, String requestId, @Nullable KeyRef key, String message) {
    this(reason, requestId, key, message, null);
  }

  /**
   * Identifiers that cannot be read, with the failure underneath.
   *
   * @param reason why the identifiers cannot be read
   * @param requestId the request whose identifiers cannot be read
   * @param key the key version the identifier names, when it could be read
   * @param message what is wrong, without personal data
   * @param cause what the key provider or the cipher reported; its message names no secret
   */
  public UnreadableIdentifierException(Reason reason, String requestId, @Nullable KeyRef key, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.requestId = requestId;
    this.key = key;
  }

  /** {@return why the identifiers cannot be read} */
  public Reason reason() {
    return reason;
  }

  /** {@return the request whose identifiers cannot be opened} */
  public String requestId() {
    return requestId;
  }

  /** {@return the key id and version the identifiers were sealed under, when it could be read} */
  public Optional<KeyRef> key() {
    return Optional.ofNullable(key);
  }
}
