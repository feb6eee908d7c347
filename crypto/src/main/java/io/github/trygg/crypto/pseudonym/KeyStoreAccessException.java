package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.CryptoException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KeyStoreProvider}'s store cannot be opened or changed: the password or PIN was refused,
 * the file is not a key store, the PKCS#11 library or token cannot be used, an entry under a Trygg
 * alias is not a usable key, or the store refused a change. The message names the store and the
 * alias, never a password, PIN or key byte. A version that is missing or destroyed is a {@link
 * KeyException} instead.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class KeyStoreAccessException extends CryptoException {
  private static final long serialVersionUID = 1L;

  /** Why the store cannot be used. */
  public enum Reason {
    /** The password (PKCS#12) or PIN (PKCS#11) was refused. */
    LOGIN_REFUSED("the password or PIN was refused"),
    /** The file is not a PKCS#12 key store, or is damaged. */
    UNREADABLE("the key store cannot be read"),
    /** The PKCS#11 library, its configuration, the slot or the token cannot be used. */
    TOKEN_UNAVAILABLE("the PKCS#11 token cannot be used"),
    /** An entry under a Trygg alias is not a secret key of the size a version needs. */
    INVALID_ENTRY("the entry is not a usable key version"),
    /** The store refused to add or delete an entry, or did not keep a new key inside the token. */
    REFUSED("the key store refused the change");

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
  private final String store;
  private final @Nullable String alias;

  /**
   * A store that cannot be opened or changed.
   *
   * @param reason why
   * @param store the store's name as a user knows it: the file name, or the token's provider name
   * @param alias the entry concerned, if one is
   * @param cause what the store reported; its message must hold no secret
   */
  public KeyStoreAccessException(Reason reason, String store, @Nullable String alias, @Nullable Throwable cause) {
    super(store + ": " + reason.message() + (alias == null ? "" : " (alias " + alias + ")"), cause);
    this.reason = reason;
    this.store = store;
    this.alias = alias;
  }

  /** {@return why the store cannot be used} */
  public Reason reason() {
    return reason;
  }

  /** {@return the store's name: the file name, or the token's provider name} */
  public String store() {
    return store;
  }

  /** {@return the alias of the entry concerned, if one is} */
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }
}
