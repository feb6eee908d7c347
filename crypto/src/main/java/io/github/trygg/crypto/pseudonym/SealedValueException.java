package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A value {@link ValueCipher} cannot open although its key version is usable. The message names the
 * key id and version at most; never the value, the context or key material.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class SealedValueException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why the value does not open. */
  public enum Reason {
    /** Not of the form {@code <key id>.<version>.<body>}, or too short to hold a nonce and a tag. */
    MALFORMED,
    /** Sealed under another key id than the cipher's. */
    OTHER_KEY,
    /**
     * The tag does not verify: another key with the same id and version sealed it (a different key
     * file), it was bound to another context, or it was altered. These cannot be told apart.
     */
    NOT_AUTHENTIC
  }

  private final Reason reason;
  private final @Nullable KeyRef key;

  /**
   * A sealed value that does not open.
   *
   * @param reason why
   * @param key the version the value names, when it could be read
   * @param message what was wrong, naming the key id and version at most
   */
  public SealedValueException(Reason reason, @Nullable KeyRef key, String message) {
    super(message);
    this.reason = reason;
    this.key = key;
  }

  /** {@return why the value does not open} */
  public Reason reason() {
    return reason;
  }

  /** {@return the key id and version the value names, when it could be read} */
  public Optional<KeyRef> key() {
    return Optional.ofNullable(key);
  }
}
