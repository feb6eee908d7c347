package io.github.trygg.crypto.pseudonym;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One version of a master key: an opaque handle. Domain keys are derived from it with HKDF; its
 * bytes never leave it except through {@link #export(KeyExport)}. {@link #toString()} names the
 * version and status only.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MasterKey {
  /** 256 bits: the least a master key may have. */
  public static final int MIN_BYTES = 32;
  public static final int MAX_BYTES = 64;
  private static final Logger LOG = LoggerFactory.getLogger(MasterKey.class);

  private final KeyRef ref;
  private final KeyStatus status;
  private final byte @Nullable [] material;

  private MasterKey(KeyRef ref, KeyStatus status, byte @Nullable [] material) {
    this.ref = ref;
    this.status = status;
    this.material = material;
  }

  /**
   * A key version with its material (copied). For a {@link KeyProvider} that fetches keys from a
   * KMS, an HSM export or its own store.
   *
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

  /** A version whose material has been destroyed: it is known, but nothing can be done with it. */
  public static MasterKey destroyed(KeyRef ref) {
    return new MasterKey(Objects.requireNonNull(ref, "ref"), KeyStatus.DESTROYED, null);
  }

  /** A fresh 256-bit key from {@code random}. */
  public static MasterKey generate(KeyRef ref, KeyStatus status, SecureRandom random) {
    byte[] bytes = new byte[MIN_BYTES];
    random.nextBytes(bytes);
    try {
      return of(ref, status, bytes);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  public KeyRef ref() {
    return ref;
  }

  public KeyStatus status() {
    return status;
  }

  /** The key's strength in bits; 0 once destroyed. */
  public int bits() {
    return material == null ? 0 : material.length * 8;
  }

  /** The same material under another status, for rotation and suspension. */
  public MasterKey withStatus(KeyStatus newStatus) {
    if (newStatus == KeyStatus.DESTROYED) {
      return destroyed(ref);
    }
    return of(ref, newStatus, material());
  }

  /**
   * A copy of the key bytes. Logged (version and reason, never the bytes).
   *
   * @throws KeyException if the material has been destroyed
   */
  public byte[] export(KeyExport permit) {
    Objects.requireNonNull(permit, "permit");
    LOG.warn("Key {} exported: {}", ref, permit.reason());
    return material();
  }

  /** The bytes, for key derivation inside this package. */
  byte[] material() {
    if (material == null) {
      throw new KeyException(KeyException.Reason.DESTROYED, ref.keyId(), ref.version());
    }
    return material.clone();
  }

  @Override
  public String toString() {
    return "MasterKey[" + ref + ", " + status + ", " + bits() + " bits]";
  }
}
