package io.github.trygg.crypto.pseudonym;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of a master key: an opaque handle. Domain keys are derived from it with HKDF; its
 * bytes never leave it except through {@link #export(KeyExport)}. A version held in a PKCS#11 token
 * ({@link KeyStoreProvider#pkcs11}) has no bytes here at all: the token derives the domain keys and
 * export is refused. {@link #toString()} names the version and status only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MasterKey {
  /** 256 bits: the least a master key may have. */
  public static final int MIN_BYTES = 32;
  /** 512 bits: the most a master key may have. */
  public static final int MAX_BYTES = 64;
  private static final Logger LOG = LoggerFactory.getLogger(MasterKey.class);

  private final KeyRef ref;
  private final KeyStatus status;
  private final byte @Nullable [] material;
  private final @Nullable Held held;

  /**
   * A version whose bytes stay in a token: it holds the HKDF pseudorandom key of the version (see
   * {@link DomainKeys#pseudorandomKey}) and runs HKDF-Expand itself, so only derived keys come out.
   */
  interface Held {
    /** HKDF-Expand (RFC 5869 §2.3) with the held key. */
    byte[] expand(byte[] info, int length);
  }

  private MasterKey(KeyRef ref, KeyStatus status, byte @Nullable [] material, @Nullable Held held) {
    this.ref = ref;
    this.status = status;
    this.material = material;
    this.held = held;
  }

  private MasterKey(KeyRef ref, KeyStatus status, byte @Nullable [] material) {
    this(ref, status, material, null);
  }

  /** A version held in a token; for {@link KeyStoreProvider}. */
  static MasterKey held(KeyRef ref, KeyStatus status, Held held) {
    if (status == KeyStatus.DESTROYED) {
      throw new IllegalArgumentException("a destroyed key is not held anywhere; use MasterKey.destroyed");
    }
    return new MasterKey(Objects.requireNonNull(ref, "ref"), status, null, Objects.requireNonNull(held, "held"));
  }

  /**
   * A key version with its material (copied). For a {@link KeyProvider} that fetches keys from a
   * KMS, an HSM export or its own store.
   *
   * @param ref the key id and version
   * @param status whether the version makes new pseudonyms, only reads old ones, or is disabled
   * @param material the key bytes, 32–64 of them; copied, and the caller should clear its array
   * @return the key version
   * @throws IllegalArgumentException if the material is not 32–64 bytes or the status is
   *     {@link KeyStatus#DESTROYED}
   */
  public static MasterKey of(KeyRef ref, KeyStatus status, byte[] material) {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    if (status == KeyStatus.DESTROYED) {
      throw new IllegalArgumentException("a destroyed key has no material; use MasterKey.destroyed");
    }
    if (material.length < MIN_BYTES || material.length > MAX_BYTES) {
      throw new IllegalArgumentException("master key material is " + MIN_BYTES + "–" + MAX_BYTES + " bytes");
    }
    return new MasterKey(ref, status, material.clone());
  }

  /**
   * A version whose material has been destroyed: it is known, but nothing can be done with it.
   *
   * @param ref the key id and version
   * @return the destroyed version, {@link KeyStatus#DESTROYED}, 0 bits
   */
  public static MasterKey destroyed(KeyRef ref) {
    return new MasterKey(Objects.requireNonNull(ref, "ref"), KeyStatus.DESTROYED, null);
  }

  /**
   * A fresh 256-bit key from {@code random}.
   *
   * @param ref the key id and version
   * @param status the new version's status
   * @param random the source of the key bytes
   * @return the new key version
   * @throws IllegalArgumentException if the status is {@link KeyStatus#DESTROYED}
   */
  public static MasterKey generate(KeyRef ref, KeyStatus status, SecureRandom random) {
    byte[] bytes = new byte[MIN_BYTES];
    random.nextBytes(bytes);
    try {
      return of(ref, status, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** {@return the key id and version} */
  public KeyRef ref() {
    return ref;
  }

  /** {@return the version's status: primary, enabled, disabled or destroyed} */
  public KeyStatus status() {
    return status;
  }

  /**
   * {@return the key's strength in bits; 0 once destroyed} A version held in a token is an
   * HKDF-SHA-256 pseudorandom key: 256 bits.
   */
  public int bits() {
    if (held != null) {
      return 256;
    }
    return material == null ? 0 : material.length * 8;
  }

  /**
   * The same material under another status, for rotation and suspension.
   *
   * @param newStatus the status; {@link KeyStatus#DESTROYED} drops the material
   * @return the version with that status
   */
  public MasterKey withStatus(KeyStatus newStatus) {
    if (newStatus == KeyStatus.DESTROYED) {
      return destroyed(ref);
    }
    if (held != null) {
      return held(ref, newStatus, held);
    }
    return of(ref, newStatus, material());
  }

  /**
   * A copy of the key bytes. Logged (version and reason, never the bytes).
   *
   * @param permit the capability to export, with its reason
   * @return a copy of the key bytes; the caller should clear it after use
   * @throws KeyException if the material has been destroyed, or is held in a token ({@link
   *     KeyException.Reason#NOT_EXPORTABLE})
   */
  public byte[] export(KeyExport permit) {
    Objects.requireNonNull(permit, "permit");
    if (held != null) {
      LOG.warn("Export of key {} refused, it is held in a token: {}", ref, permit.reason());
      throw new KeyException(KeyException.Reason.NOT_EXPORTABLE, ref.keyId(), ref.version());
    }
    LOG.warn("Key {} exported: {}", ref, permit.reason());
    return material();
  }

  /** HKDF-Expand in the token, for a version held there; empty otherwise. */
  Optional<Held> heldKey() {
    return Optional.ofNullable(held);
  }

  /** {@return the bytes, for key derivation inside this package} */
  byte[] material() {
    if (held != null) {
      throw new KeyException(KeyException.Reason.NOT_EXPORTABLE, ref.keyId(), ref.version());
    }
    if (material == null) {
      throw new KeyException(KeyException.Reason.DESTROYED, ref.keyId(), ref.version());
    }
    return material.clone();
  }

  @Override
  public String toString() {
    return "MasterKey[" + ref + ", " + status + ", " + bits() + " bits" + (held != null ? ", in token" : "") + "]";
  }
}
