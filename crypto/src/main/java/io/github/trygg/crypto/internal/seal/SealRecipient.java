package io.github.trygg.crypto.internal.seal;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientIdentifier;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.OriginatorIdentifierOrKey;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.ecc.ECCCMSSharedInfo;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.engines.AESWrapEngine;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.util.Pack;
import org.jspecify.annotations.Nullable;

/**
 * One recipient certificate made ready to seal to, once: its identifier in the message and its
 * public key in the form the per-message work needs. A P-256 key is decoded and validated once and
 * gets a comb table, so the ECDH of each message is a fixed-point multiplication like the key
 * generation (with the curve's constant-time table lookups); an X25519 key is kept as its 32 bytes.
 * Key agreement recipient infos are written here on Bouncy Castle's lightweight primitives: its JCA
 * generator would, for every message, look up providers, convert both keys through key factories,
 * decode the recipient's point again and multiply it without a table, which cost more than the
 * agreement itself. Every message still gets its own ephemeral key pair, the full KDF (RFC 5753
 * X9.63 SHA-256 for P-256, RFC 8418 HKDF-SHA-256 for X25519) and AES-256 key wrap, and the DER is
 * what the JCA generator writes for the same keys. RSA recipients keep Bouncy Castle's RSAES-OAEP
 * generator. Immutable and thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SealRecipient {
  static final X9ECParameters P256_CURVE = CustomNamedCurves.getByName("secp256r1");
  static final ECDomainParameters P256 = new ECDomainParameters(P256_CURVE.getCurve(), P256_CURVE.getG(), P256_CURVE.getN(), P256_CURVE.getH(), P256_CURVE.getSeed());
  private static final AlgorithmIdentifier P256_KEY = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, X9ObjectIdentifiers.prime256v1);
  private static final AlgorithmIdentifier X25519_KEY = new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519);
  private static final AlgorithmIdentifier WRAP = new AlgorithmIdentifier(NISTObjectIdentifiers.id_aes256_wrap);
  private static final int KEK_BYTES = 32;
  /** An AES-256 content key wrapped by RFC 3394: the key and one 8-byte block. */
  private static final int WRAPPED_KEY_BYTES = 40;
  /** ECC-CMS-SharedInfo for AES-256 wrap without user keying material: the same for every message. */
  private static final byte[] SHARED_INFO = sharedInfo();
  private static final AlgorithmIdentifier OAEP_SHA256 = oaepSha256();

  private final KeyKind kind;
  private final X509Certificate certificate;
  private final @Nullable KeyAgreeRecipientIdentifier rid;
  private final @Nullable ECPoint point;
  private final byte @Nullable [] x25519;
  private final int infoLength;

  private SealRecipient(KeyKind kind, X509Certificate certificate, @Nullable KeyAgreeRecipientIdentifier rid, @Nullable ECPoint point, byte @Nullable [] x25519)
      throws CertificateEncodingException, IOException {
    this.kind = kind;
    this.certificate = certificate;
    this.rid = rid;
    this.point = point;
    this.x25519 = x25519;
    this.infoLength = expectedInfoLength();
  }

  /**
   * The DER length of this recipient's RecipientInfo, known before the key agreement runs (every
   * part has a fixed size for a given certificate), so a message can be laid out, and its content
   * encrypted into place, while the agreement is still running.
   */
  int infoLength() {
    return infoLength;
  }

  private int expectedInfoLength() throws CertificateEncodingException, IOException {
    RecipientInfo shape = switch (kind) {
      case RSA -> {
        SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
        int modulusBytes = (org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(info.parsePublicKey()).getModulus().bitLength() + 7) / 8;
        yield new RecipientInfo(new KeyTransRecipientInfo(new RecipientIdentifier(new IssuerAndSerialNumber(Certificate.getInstance(certificate.getEncoded()))),
            OAEP_SHA256, new DEROctetString(new byte[modulusBytes])));
      }
      case EC_P256 -> keyAgree(CMSAlgorithm.ECDH_SHA256KDF, new OriginatorPublicKey(P256_KEY, new byte[65]), new byte[WRAPPED_KEY_BYTES]);
      case X25519 -> keyAgree(CMSAlgorithm.ECDH_HKDF_SHA256, new OriginatorPublicKey(X25519_KEY, new byte[X25519.POINT_SIZE]), new byte[WRAPPED_KEY_BYTES]);
      default -> throw new IllegalStateException(kind.label());
    };
    return shape.getEncoded(ASN1Encoding.DER).length;
  }

  /**
   * Prepares {@code certificate}'s key; throws a {@link CmsFailure} when it is of a type that
   * cannot receive or is not a valid point.
   */
  public static SealRecipient of(X509Certificate certificate) {
    KeyKind kind = KeyKind.of(certificate.getPublicKey());
    try {
      switch (kind) {
        case RSA:
          return new SealRecipient(kind, certificate, null, null, null);
        case EC_P256: {
          ECPoint q = P256.validatePublicPoint(P256.getCurve().decodePoint(keyBits(certificate)));
          // The table is built here, once, so that concurrent seals only read it.
          FixedPointUtil.precompute(q);
          return new SealRecipient(kind, certificate, rid(certificate), q, null);
        }
        case X25519: {
          byte[] u = keyBits(certificate);
          if (u.length != X25519.POINT_SIZE) {
            throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "an X25519 recipient key of " + u.length + " bytes");
          }
          return new SealRecipient(kind, certificate, rid(certificate), null, u);
        }
        default:
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "a recipient key of type " + kind.label() + " cannot receive");
      }
    } catch (CertificateEncodingException | IOException | RuntimeException e) {
      if (e instanceof CmsFailure f) {
        throw f;
      }
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "the recipient's public key is not usable (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  public X509Certificate certificate() {
    return certificate;
  }

  /** This recipient's RecipientInfo for the content key of {@code content}, with a fresh ephemeral key where it agrees a key. */
  RecipientInfo recipientInfo(JdkGcm.Encryptor content, SecureRandom random) throws CMSException, GeneralSecurityException {
    return switch (kind) {
      case RSA -> new JceKeyTransRecipientInfoGenerator(certificate, OAEP_SHA256).setProvider(Bc.PROVIDER).generate(content.getKey());
      case EC_P256 -> withKey(content, cek -> p256(ephemeralP256(random), cek));
      case X25519 -> withKey(content, cek -> x25519(ephemeralX25519(random), cek));
      default -> throw new IllegalStateException(kind.label());
    };
  }

  private interface KeyUse {
    RecipientInfo apply(byte[] cek);
  }

  private static RecipientInfo withKey(JdkGcm.Encryptor content, KeyUse use) {
    byte[] cek = content.keyBytes();
    try {
      return use.apply(cek);
    } finally {
      Arrays.fill(cek, (byte) 0);
    }
  }

  static AsymmetricCipherKeyPair ephemeralP256(SecureRandom random) {
    ECKeyPairGenerator generator = new ECKeyPairGenerator();
    generator.init(new ECKeyGenerationParameters(P256, random));
    return generator.generateKeyPair();
  }

  static byte[] ephemeralX25519(SecureRandom random) {
    byte[] key = new byte[X25519.SCALAR_SIZE];
    X25519.generatePrivateKey(random, key);
    return key;
  }

  /** Ephemeral-static ECDH on P-256, X9.63 KDF with SHA-256, AES-256 wrap (RFC 5753). */
  RecipientInfo p256(AsymmetricCipherKeyPair ephemeral, byte[] cek) {
    BigInteger d = ((ECPrivateKeyParameters) ephemeral.getPrivate()).getD();
    ECPoint shared = new FixedPointCombMultiplier().multiply(point, d).normalize();
    if (shared.isInfinity()) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "the key agreement produced no shared point");
    }
    byte[] z = shared.getAffineXCoord().getEncoded();
    byte[] kek = new byte[KEK_BYTES];
    try {
      KDF2BytesGenerator kdf = new KDF2BytesGenerator(SHA256Digest.newInstance());
      kdf.init(new KDFParameters(z, SHARED_INFO));
      kdf.generateBytes(kek, 0, kek.length);
      byte[] ephemeralPoint = ((ECPublicKeyParameters) ephemeral.getPublic()).getQ().getEncoded(false);
      return keyAgree(CMSAlgorithm.ECDH_SHA256KDF, new OriginatorPublicKey(P256_KEY, ephemeralPoint), wrap(kek, cek));
    } finally {
      Arrays.fill(z, (byte) 0);
      Arrays.fill(kek, (byte) 0);
    }
  }

  /** Ephemeral-static X25519, HKDF-SHA-256, AES-256 wrap (RFC 8418). The ephemeral key is wiped. */
  RecipientInfo x25519(byte[] ephemeral, byte[] cek) {
    byte[] z = new byte[X25519.POINT_SIZE];
    byte[] kek = new byte[KEK_BYTES];
    try {
      byte[] ephemeralPoint = new byte[X25519.POINT_SIZE];
      X25519.generatePublicKey(ephemeral, 0, ephemeralPoint, 0);
      if (!X25519.calculateAgreement(ephemeral, 0, x25519, 0, z, 0)) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "the recipient's X25519 key is of small order");
      }
      HKDFBytesGenerator kdf = new HKDFBytesGenerator(SHA256Digest.newInstance());
      kdf.init(new HKDFParameters(z, null, SHARED_INFO));
      kdf.generateBytes(kek, 0, kek.length);
      return keyAgree(CMSAlgorithm.ECDH_HKDF_SHA256, new OriginatorPublicKey(X25519_KEY, ephemeralPoint), wrap(kek, cek));
    } finally {
      Arrays.fill(ephemeral, (byte) 0);
      Arrays.fill(z, (byte) 0);
      Arrays.fill(kek, (byte) 0);
    }
  }

  private RecipientInfo keyAgree(ASN1ObjectIdentifier scheme, OriginatorPublicKey originator, byte[] encryptedKey) {
    return new RecipientInfo(new KeyAgreeRecipientInfo(new OriginatorIdentifierOrKey(originator), null, new AlgorithmIdentifier(scheme, WRAP),
        new DERSequence(new RecipientEncryptedKey(rid, new DEROctetString(encryptedKey)))));
  }

  private static byte[] wrap(byte[] kek, byte[] cek) {
    AESWrapEngine wrap = new AESWrapEngine();
    wrap.init(true, new KeyParameter(kek));
    return wrap.wrap(cek, 0, cek.length);
  }

  private static byte[] keyBits(X509Certificate certificate) {
    return SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()).getPublicKeyData().getOctets();
  }

  private static KeyAgreeRecipientIdentifier rid(X509Certificate certificate) throws CertificateEncodingException {
    return new KeyAgreeRecipientIdentifier(new IssuerAndSerialNumber(Certificate.getInstance(certificate.getEncoded())));
  }

  private static byte[] sharedInfo() {
    try {
      return new ECCCMSSharedInfo(WRAP, null, Pack.intToBigEndian(KEK_BYTES * 8)).getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static AlgorithmIdentifier oaepSha256() {
    try {
      return new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
          new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSAES-OAEP parameters", e);
    }
  }
}
