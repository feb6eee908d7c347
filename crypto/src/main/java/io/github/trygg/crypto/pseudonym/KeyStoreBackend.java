package io.github.trygg.crypto.pseudonym;

import java.util.Set;

/** What {@link KeyStoreProvider} needs from a PKCS#12 file or a PKCS#11 token. */
interface KeyStoreBackend {

  /** {@return the store's name for messages and logs: the file name or the token's provider name} */
  String name();

  /** "PKCS#12" or "PKCS#11". */
  String kind();

  /** {@return the store as it is now} */
  Contents read();

  /**
   * Adds a fresh random version under {@code alias}: generated inside the token, or from a
   * {@link java.security.SecureRandom} for a file.
   */
  void generate(String alias);

  /**
   * Adds {@code key}'s material under {@code alias}: as it is in a file, as its HKDF pseudorandom
   * key in a token.
   */
  void put(String alias, MasterKey key);

  /**
   * Adds {@code marker} (unless there) and then deletes {@code alias} (if there). A file does both
   * in one write.
   */
  void destroy(String alias, String marker);

  /** A read of the store: its aliases and the keys under them. */
  interface Contents {
    Set<String> aliases();

    /**
     * The key under {@code alias} as version {@code ref} with {@code status}.
     *
     * @throws KeyStoreAccessException if the entry is not a usable key
     */
    MasterKey open(String alias, KeyRef ref, KeyStatus status);
  }
}
