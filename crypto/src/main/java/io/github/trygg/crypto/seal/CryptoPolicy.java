package io.github.trygg.crypto.seal;

import io.github.trygg.crypto.internal.seal.KeyKind;
import java.security.PublicKey;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Which algorithms and keys sealing and signing may use, under a name and version that a sealed
 * message records. Content: AES-256-GCM in CMS AuthEnvelopedData. Recipients: RSA-OAEP with SHA-256
 * (RSA of at least 3072 bits), ECDH on P-256, X25519. Signatures: RSASSA-PSS with SHA-256, ECDSA on
 * P-256 with SHA-256, Ed25519. {@link #legacyInterop()} also reads AES-256-CBC EnvelopedData and
 * verifies PKCS#1 v1.5 RSA signatures, for peers that cannot do better; it never writes them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CryptoPolicy {

  /** The key types the policy knows. */
  public enum KeyType {
    RSA,
    EC_P256,
    X25519,
    ED25519
  }

  private static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
  private static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";
  private static final String ED25519 = "1.3.101.112";
  private static final String RSA_PKCS1 = "1.2.840.113549.1.1.1";
  private static final String RSA_PKCS1_SHA256 = "1.2.840.113549.1.1.11";

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

  /** The default: writes and reads only the algorithms above. */
  public static CryptoPolicy defaults() {
    return STANDARD;
  }

  /** The default, plus reading AES-256-CBC EnvelopedData and PKCS#1 v1.5 RSA signatures from older peers. */
  public static CryptoPolicy legacyInterop() {
    return LEGACY;
  }

  /** The same policy with a higher RSA minimum; a policy can only be tightened. */
  public CryptoPolicy withMinimumRsaBits(int bits) {
    if (bits < minimumRsaBits) {
      throw new IllegalArgumentException("a policy can only be tightened: RSA minimum is " + minimumRsaBits);
    }
    return new CryptoPolicy(id, version + "+rsa" + bits, bits, legacy);
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public int minimumRsaBits() {
    return minimumRsaBits;
  }

  public boolean readsLegacyFormats() {
    return legacy;
  }

  public Set<KeyType> recipientKeyTypes() {
    return EnumSet.of(KeyType.RSA, KeyType.EC_P256, KeyType.X25519);
  }

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

  private static KeyType typeOf(KeyKind kind) {
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

  /** Signature algorithm OIDs accepted when verifying. */
  Set<String> acceptedSignatureOids() {
    Set<String> oids = new HashSet<>(Set.of(RSASSA_PSS, ECDSA_SHA256, ED25519));
    if (legacy) {
      oids.add(RSA_PKCS1);
      oids.add(RSA_PKCS1_SHA256);
    }
    return oids;
  }

  static String signatureName(String oid) {
    return switch (oid) {
      case RSASSA_PSS -> "RSASSA-PSS";
      case ECDSA_SHA256 -> "ECDSA-SHA256";
      case ED25519 -> "Ed25519";
      case RSA_PKCS1, RSA_PKCS1_SHA256 -> "RSA-PKCS1-v1_5 (legacy)";
      default -> oid;
    };
  }

  @Override
  public String toString() {
    return id + " " + version;
  }
}
