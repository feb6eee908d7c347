package io.github.trygg.crypto.seal;

import org.jspecify.annotations.Nullable;
import io.github.trygg.crypto.internal.seal.KeyKind;
import java.security.PublicKey;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which algorithms and keys sealing and signing may use, under a name and version that a sealed
 * message records. Content: AES-256-GCM in CMS AuthEnvelopedData. Recipients: RSAES-OAEP with
 * SHA-256 and MGF1-SHA-256 (RSA of at least 3072 bits), ECDH on P-256 (X9.63 KDF with SHA-2),
 * X25519 (HKDF with SHA-2), each with AES-256 key wrap. Signatures: RSASSA-PSS with SHA-256, SHA-384
 * or SHA-512 for the message, MGF1 and the content digest alike and a salt at least as long as the
 * digest; ECDSA on P-256 with SHA-256; Ed25519; content digests SHA-256, SHA-384 or SHA-512 only,
 * over signed attributes.
 *
 * <p>{@link #legacyInterop()} also reads, for peers that cannot do better, and never writes: AES-CBC
 * EnvelopedData, but only through {@code openAndVerify}, because CBC content is not authenticated
 * until its signature verifies (every failure before that is the one decryption failure, so it is
 * no padding oracle); RSA PKCS#1 v1.5 key transport, decrypted with implicit rejection; RSAES-OAEP
 * with SHA-1, SHA-384 or SHA-512; the X9.63 KDF with SHA-1; AES-128 and AES-192 key wrap; and RSA
 * PKCS#1 v1.5 signatures with SHA-2.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CryptoPolicy {

  /** The key types the policy knows. */
  public enum KeyType {
    /** RSA: key transport with RSAES-OAEP, signatures with RSASSA-PSS. */
    RSA,
    /** An elliptic-curve key on P-256: key agreement with ECDH, signatures with ECDSA. */
    EC_P256,
    /** X25519: key agreement only. */
    X25519,
    /** Ed25519: signatures only. */
    ED25519
  }


  private static final CryptoPolicy STANDARD = new CryptoPolicy("trygg-crypto", "2026.11", 3072, false);
  private static final CryptoPolicy LEGACY = new CryptoPolicy("trygg-crypto-legacy-interop", "2026.11", 3072, true);

  private final String id;
  private final String version;
  private final int minimumRsaBits;
  private final boolean legacy;

  private CryptoPolicy(String id, String version, int minimumRsaBits, boolean legacy) {
    this.id = id;
    this.version = version;
    this.minimumRsaBits = minimumRsaBits;
    this.legacy = legacy;
  }

  /** {@return the default: writes and reads only the algorithms above} */
  public static CryptoPolicy defaults() {
    return STANDARD;
  }

  /** {@return the default, plus reading what older peers write: see the class documentation} */
  public static CryptoPolicy legacyInterop() {
    return LEGACY;
  }

  /**
   * The same policy with a higher RSA minimum; a policy can only be tightened. Its version records
   * the change ({@code 2026.11+rsa4096}).
   *
   * @param bits the new minimum RSA modulus size in bits
   * @return the tightened policy
   * @throws IllegalArgumentException if {@code bits} is below the current minimum
   */
  public CryptoPolicy withMinimumRsaBits(int bits) {
    if (bits < minimumRsaBits) {
      throw new IllegalArgumentException("a policy can only be tightened: RSA minimum is " + minimumRsaBits);
    }
    return new CryptoPolicy(id, version + "+rsa" + bits, bits, legacy);
  }

  /** {@return the policy's name, recorded in every sealed message} */
  public String id() {
    return id;
  }

  /** {@return the policy's version, recorded in every sealed message} */
  public String version() {
    return version;
  }

  /** {@return the smallest RSA modulus, in bits, a recipient or signer key may have} */
  public int minimumRsaBits() {
    return minimumRsaBits;
  }

  /** {@return whether older peers' formats are read too (never written); see the class documentation} */
  public boolean readsLegacyFormats() {
    return legacy;
  }

  /** {@return the key types that may receive sealed messages} */
  public Set<KeyType> recipientKeyTypes() {
    return EnumSet.of(KeyType.RSA, KeyType.EC_P256, KeyType.X25519);
  }

  /** {@return the key types that may sign} */
  public Set<KeyType> signerKeyTypes() {
    return EnumSet.of(KeyType.RSA, KeyType.EC_P256, KeyType.ED25519);
  }

  /** Throws unless the key may receive sealed messages. */
  void checkRecipientKey(PublicKey key) {
    check(key, recipientKeyTypes(), "receive sealed messages");
  }

  /** Throws unless the key may sign (or, when verifying, have signed). */
  void checkSignerKey(PublicKey key) {
    check(key, signerKeyTypes(), "sign");
  }

  private void check(PublicKey key, Set<KeyType> allowed, String what) {
    KeyKind kind = KeyKind.of(key);
    KeyType type = typeOf(kind);
    if (type == null || !allowed.contains(type)) {
      throw new PolicyViolationException("a " + kind.label() + " key may not " + what + " under " + this, null);
    }
    if (type == KeyType.RSA && KeyKind.bits(key) < minimumRsaBits) {
      throw new PolicyViolationException("an RSA key of " + KeyKind.bits(key) + " bits is below the minimum of " + minimumRsaBits + " under " + this, null);
    }
  }

  private static @Nullable KeyType typeOf(KeyKind kind) {
    return switch (kind) {
      case RSA -> KeyType.RSA;
      case EC_P256 -> KeyType.EC_P256;
      case X25519 -> KeyType.X25519;
      case ED25519 -> KeyType.ED25519;
      default -> null;
    };
  }

  /** The JCA signature algorithm for a signer key: RSASSA-PSS, ECDSA or Ed25519, all over SHA-256 or SHA-512. */
  String signatureAlgorithm(PublicKey key) {
    return switch (KeyKind.of(key)) {
      case RSA -> "SHA256withRSAandMGF1";
      case EC_P256 -> "SHA256withECDSA";
      case ED25519 -> "Ed25519";
      default -> throw new PolicyViolationException("no signature algorithm for a " + KeyKind.of(key).label() + " key", null);
    };
  }

  @Override
  public String toString() {
    return id + " " + version;
  }
}
