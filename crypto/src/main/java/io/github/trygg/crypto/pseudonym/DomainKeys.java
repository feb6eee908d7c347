package io.github.trygg.crypto.pseudonym;

import io.github.trygg.crypto.internal.primitive.Hkdf;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Derives a domain's keys from a master key with HKDF-SHA-256 (RFC 5869): salt a fixed label of this
 * scheme, info the key's use and the domain name. Each use gets its own key, so an HMAC pseudonym
 * and an AES-SIV pseudonym of the same value share nothing, and two domains never share a key. The
 * same derivation serves {@link ValueCipher} and {@link MessageMac}, each under a use of its own, so
 * a key id shared by pseudonyms, sealed values and message tags still gives each its own key.
 */
final class DomainKeys {
  private static final byte[] SALT = "trygg/pseudonymisation/v1".getBytes(StandardCharsets.US_ASCII);

  /** What a derived key is for, with its length. */
  enum Use {
    HMAC("hmac-sha256", 32),
    AES_SIV("aes-siv", 64),
    FF1("ff1-aes256", 32),
    VAULT_INDEX("vault-index", 32),
    VAULT_SEAL("vault-seal-aes-gcm", 32),
    VALUE_SEAL("value-seal-aes-256-gcm", 32),
    MESSAGE_MAC("message-hmac-sha256", 32);

    final String label;
    final int length;

    Use(String label, int length) {
      this.label = label;
      this.length = length;
    }
  }

  private DomainKeys() {}

  /**
   * The master key, if this version may be used: {@code forWriting} needs the primary, reading
   * needs a primary or enabled one.
   *
   * @throws KeyException otherwise
   */
  static MasterKey requireUsable(MasterKey master, boolean forWriting) {
    KeyRef ref = master.ref();
    switch (master.status()) {
      case PRIMARY:
        return master;
      case ENABLED:
        if (forWriting) {
          throw new KeyException(KeyException.Reason.NO_PRIMARY, ref.keyId(), ref.version());
        }
        return master;
      case DISABLED:
        throw new KeyException(KeyException.Reason.DISABLED, ref.keyId(), ref.version());
      default:
        throw new KeyException(KeyException.Reason.DESTROYED, ref.keyId(), ref.version());
    }
  }

  /** The key for one use in one domain; see {@link #requireUsable} for when it is refused. */
  static byte[] derive(MasterKey master, PseudonymisationDomain domain, Use use, boolean forWriting) {
    return derive(master, domain.name(), use, forWriting);
  }

  /** As {@link #derive(MasterKey, PseudonymisationDomain, Use, boolean)}, for a checked domain name. */
  static byte[] derive(MasterKey master, String domainName, Use use, boolean forWriting) {
    requireUsable(master, forWriting);
    byte[] label = use.label.getBytes(StandardCharsets.US_ASCII);
    byte[] name = domainName.getBytes(StandardCharsets.US_ASCII);
    byte[] info = new byte[label.length + 1 + name.length];
    System.arraycopy(label, 0, info, 0, label.length);
    System.arraycopy(name, 0, info, label.length + 1, name.length);
    Optional<MasterKey.Held> held = master.heldKey();
    if (held.isPresent()) {
      return held.get().expand(info, use.length);
    }
    byte[] ikm = master.material();
    try {
      return Hkdf.derive(SALT, ikm, info, use.length);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }

  /**
   * HKDF-Extract of the master key under this scheme's salt: the key a token holds for the version,
   * so that the rest of the derivation, HKDF-Expand, runs inside the token. (Extract keys HMAC with
   * the public salt and takes the master key as the message, so a token cannot run it with the
   * master key as its own secret.)
   */
  static byte[] pseudorandomKey(MasterKey master) {
    byte[] ikm = master.material();
    try {
      return Hkdf.extract(SALT, ikm);
    } finally {
      Arrays.fill(ikm, (byte) 0);
    }
  }
}
