package io.github.trygg.crypto.seal;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates and keys made while the tests run: a CA and end entities of every key type, with
 * S/MIME key usages so that {@code openssl cms} accepts them too. Nothing here is ever a real key.
 */
public final class TestPki {
  public static final Provider BC = new BouncyCastleProvider();
  static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, KeyPair> KEYS = new ConcurrentHashMap<>();

  public enum Type {
    RSA_3072("RSA", 3072),
    RSA_2048("RSA", 2048),
    EC_P256("EC", 256),
    EC_P384("EC", 384),
    X25519("X25519", 0),
    ED25519("Ed25519", 0);

    final String algorithm;
    final int size;

    Type(String algorithm, int size) {
      this.algorithm = algorithm;
      this.size = size;
    }
  }

  /** A fresh key pair of the type, from the JDK's providers. */
  public static KeyPair generate(Type type) {
    try {
      KeyPairGenerator kpg = KeyPairGenerator.getInstance(type.algorithm);
      if (type.algorithm.equals("EC")) {
        kpg.initialize(new ECGenParameterSpec(type.size == 256 ? "secp256r1" : "secp384r1"));
      } else if (type.size > 0) {
        kpg.initialize(type.size);
      }
      return kpg.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One key pair per type and name for the whole run: RSA key generation is slow. */
  public static KeyPair keys(Type type, String name) {
    return KEYS.computeIfAbsent(type + "/" + name, k -> generate(type));
  }

  public record Issued(X509Certificate certificate, PrivateKey key) {
    public PrivateKeyHandle handle() {
      return PrivateKeyHandle.of(key);
    }

    public RecipientCredential recipient() {
      return RecipientCredential.of(handle(), certificate);
    }
  }

  /** A CA: EC P-256, valid from a day ago for ten years. */
  public static final class Ca {
    public final String name;
    public final KeyPair keys;
    public final X509Certificate certificate;

    public Ca(String name) {
      this.name = name;
      this.keys = keys(Type.EC_P256, "ca-" + name);
      Instant now = Instant.now();
      this.certificate = build(new X500Name("CN=" + name + ",O=Trygg test"), keys, new X500Name("CN=" + name + ",O=Trygg test"), keys.getPrivate(),
          now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)), true, 0);
    }

    public Issued issue(String cn, Type type) {
      return issue(cn, type, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(365)), defaultUsage(type));
    }

    public Issued issue(String cn, Type type, Instant from, Instant to, int keyUsage) {
      KeyPair pair = keys(type, cn);
      X509Certificate cert = build(new X500Name("CN=" + cn + ",O=Trygg test"), pair, X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
          keys.getPrivate(), from, to, false, keyUsage);
      return new Issued(cert, pair.getPrivate());
    }
  }

  public static int defaultUsage(Type type) {
    return switch (type) {
      case RSA_3072, RSA_2048 -> KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
      case EC_P256, EC_P384 -> KeyUsage.digitalSignature | KeyUsage.keyAgreement;
      case X25519 -> KeyUsage.keyAgreement;
      case ED25519 -> KeyUsage.digitalSignature;
    };
  }

  private static X509Certificate build(X500Name subject, KeyPair subjectKeys, X500Name issuer, PrivateKey issuerKey, Instant from, Instant to, boolean ca, int keyUsage) {
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(to), subject, subjectKeys.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKeys.getPublic()));
      if (ca) {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      } else {
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
      }
      return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BC).build(issuerKey)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
