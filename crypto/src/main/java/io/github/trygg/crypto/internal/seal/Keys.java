package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import javax.crypto.KeyAgreement;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/** Private keys: reading PKCS#8, and checking that one belongs to a public key. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Keys {
  private Keys() {}

  /** A JDK private key from PKCS#8 DER (RSA, EC, Ed25519 or X25519). */
  public static PrivateKey fromPkcs8(byte[] der) {
    try {
      ASN1ObjectIdentifier alg = PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm();
      String factory;
      if (alg.equals(PKCSObjectIdentifiers.rsaEncryption)) {
        factory = "RSA";
      } else if (alg.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
        factory = "EC";
      } else if (alg.equals(EdECObjectIdentifiers.id_Ed25519)) {
        factory = "Ed25519";
      } else if (alg.equals(EdECObjectIdentifiers.id_X25519)) {
        factory = "X25519";
      } else {
        throw new IllegalArgumentException("unsupported private key algorithm " + alg);
      }
      return KeyFactory.getInstance(factory).generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("not a readable PKCS#8 private key (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** Whether the private key belongs to the public key, by a test signature or key agreement. */
  public static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
    try {
      switch (KeyKind.of(publicKey)) {
        case RSA:
          if (privateKey instanceof RSAPrivateKey rsa && publicKey instanceof RSAPublicKey pub) {
            return rsa.getModulus().equals(pub.getModulus());
          }
          return signs(privateKey, publicKey, "SHA256withRSA");
        case EC_P256:
        case EC_P384:
          return signs(privateKey, publicKey, "SHA256withECDSA");
        case ED25519:
          return signs(privateKey, publicKey, "Ed25519");
        case X25519:
          KeyPairGenerator kpg = KeyPairGenerator.getInstance("X25519", Bc.PROVIDER);
          KeyPair probe = kpg.generateKeyPair();
          KeyAgreement mine = KeyAgreement.getInstance("X25519", Bc.PROVIDER);
          mine.init(privateKey);
          mine.doPhase(probe.getPublic(), true);
          KeyAgreement theirs = KeyAgreement.getInstance("X25519", Bc.PROVIDER);
          theirs.init(probe.getPrivate());
          theirs.doPhase(publicKey, true);
          return Arrays.equals(mine.generateSecret(), theirs.generateSecret());
        default:
          return false;
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static boolean signs(PrivateKey privateKey, PublicKey publicKey, String algorithm) throws GeneralSecurityException {
    byte[] probe = new byte[32];
    new SecureRandom().nextBytes(probe);
    Signature s = Signature.getInstance(algorithm, Bc.PROVIDER);
    s.initSign(privateKey);
    s.update(probe);
    byte[] signature = s.sign();
    Signature v = Signature.getInstance(algorithm, Bc.PROVIDER);
    v.initVerify(publicKey);
    v.update(probe);
    return v.verify(signature);
  }
}
