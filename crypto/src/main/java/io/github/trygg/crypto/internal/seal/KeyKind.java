package io.github.trygg.crypto.internal.seal;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** What a public key is, read from its encoding so any provider's keys are classified alike. */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum KeyKind {
  RSA,
  EC_P256,
  EC_P384,
  X25519,
  ED25519,
  OTHER;

  public static KeyKind of(PublicKey key) {
    try {
      SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
      ASN1ObjectIdentifier alg = info.getAlgorithm().getAlgorithm();
      if (alg.equals(PKCSObjectIdentifiers.rsaEncryption)) {
        return RSA;
      }
      if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
        Object params = info.getAlgorithm().getParameters();
        if (X9ObjectIdentifiers.prime256v1.equals(params)) {
          return EC_P256;
        }
        if (SECObjectIdentifiers.secp384r1.equals(params)) {
          return EC_P384;
        }
        return OTHER;
      }
      if (alg.equals(EdECObjectIdentifiers.id_X25519)) {
        return X25519;
      }
      if (alg.equals(EdECObjectIdentifiers.id_Ed25519)) {
        return ED25519;
      }
      return OTHER;
    } catch (RuntimeException e) {
      return OTHER;
    }
  }

  /** The size that matters for policy: RSA modulus bits, else the curve's. */
  public static int bits(PublicKey key) {
    return switch (of(key)) {
      case RSA -> key instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 0;
      case EC_P256, X25519, ED25519 -> 256;
      case EC_P384 -> 384;
      case OTHER -> 0;
    };
  }

  public String label() {
    return switch (this) {
      case RSA -> "RSA";
      case EC_P256 -> "EC P-256";
      case EC_P384 -> "EC P-384";
      case X25519 -> "X25519";
      case ED25519 -> "Ed25519";
      case OTHER -> "unsupported";
    };
  }
}
