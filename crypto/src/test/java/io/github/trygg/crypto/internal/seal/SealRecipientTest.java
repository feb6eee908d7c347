package io.github.trygg.crypto.internal.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.crypto.seal.TestPki;
import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import io.github.trygg.crypto.testkit.Seeds;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.jce.interfaces.ECPrivateKey;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key agreement recipient infos {@link SealRecipient} writes by hand are the very bytes Bouncy
 * Castle's own JCA generator writes for the same ephemeral key and content key, and Bouncy
 * Castle's own recipients open what is sealed with them. (OpenSSL opens them too: see
 * {@code OpenSslInteropTest}.)
 */
class SealRecipientTest {
  static final Ca CA = new Ca("Trygg Recipient Info CA");
  static final byte[] CONTENT = "Remiss: kontroll om tre månader.".getBytes(StandardCharsets.UTF_8);
  static final int ROUNDS = 24;

  /** A SecureRandom that replays a seed, so that a failing key is found again with {@code -Dtrygg.seed}. */
  static SecureRandom seeded(long seed) {
    SplittableRandom source = new SplittableRandom(seed);
    return new SecureRandom() {
      @Override
      public void nextBytes(byte[] bytes) {
        source.nextBytes(bytes);
      }
    };
  }

  @ParameterizedTest
  @EnumSource(names = {"EC_P256", "X25519"})
  void handWrittenRecipientInfosAreWhatBouncyCastleWrites(Type type) throws Exception {
    long seed = Seeds.seed();
    SecureRandom random = seeded(seed);
    Issued recipient = CA.issue("kari-" + type, type);
    SealRecipient prepared = SealRecipient.of(recipient.certificate());
    String keyType = type == Type.X25519 ? "X25519" : "EC";
    KeyPairGenerator ephemerals = KeyPairGenerator.getInstance(keyType, TestPki.BC);
    if (type == Type.EC_P256) {
      ephemerals.initialize(new ECGenParameterSpec("secp256r1"), random);
    } else {
      ephemerals.initialize(255, random);
    }
    ASN1ObjectIdentifier scheme = type == Type.X25519 ? CMSAlgorithm.ECDH_HKDF_SHA256 : CMSAlgorithm.ECDH_SHA256KDF;
    for (int i = 0; i < ROUNDS; i++) {
      KeyPair ephemeral = ephemerals.generateKeyPair();
      JdkGcm.Encryptor content = new JdkGcm.Encryptor(random);
      JceKeyAgreeRecipientInfoGenerator bc = new JceKeyAgreeRecipientInfoGenerator(scheme, ephemeral.getPrivate(), ephemeral.getPublic(), CMSAlgorithm.AES256_WRAP);
      bc.addRecipient(recipient.certificate()).setProvider(TestPki.BC).setSecureRandom(random);
      byte[] expected = bc.generate(content.getKey()).getEncoded(ASN1Encoding.DER);
      byte[] cek = content.keyBytes();
      byte[] actual = (type == Type.X25519 ? prepared.x25519(rawX25519(ephemeral.getPrivate()), cek) : prepared.p256(lightweight(ephemeral), cek))
          .getEncoded(ASN1Encoding.DER);
      assertArrayEquals(expected, actual, "seed " + seed + ", round " + i);
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"EC_P256", "X25519"})
  void bouncyCastlesOwnRecipientsOpenWhatIsSealed(Type type) throws Exception {
    Issued recipient = CA.issue("open-" + type, type);
    SealRecipient prepared = SealRecipient.of(recipient.certificate());
    for (int i = 0; i < 4; i++) {
      byte[] der = Cms.seal(CONTENT, List.of(prepared), new SecureRandom());
      RecipientInformation info = new CMSAuthEnvelopedData(der).getRecipientInfos().get(new JceKeyAgreeRecipientId(recipient.certificate()));
      assertArrayEquals(CONTENT, info.getContent(new JceKeyAgreeAuthEnvelopedRecipient(recipient.key()).setProvider(TestPki.BC)));
    }
  }

  @Test
  void eachMessageHasItsOwnEphemeralKey() throws Exception {
    Issued recipient = CA.issue("ephemeral-EC", Type.EC_P256);
    SealRecipient prepared = SealRecipient.of(recipient.certificate());
    SecureRandom random = new SecureRandom();
    byte[] first = originatorKey(Cms.seal(CONTENT, List.of(prepared), random));
    byte[] second = originatorKey(Cms.seal(CONTENT, List.of(prepared), random));
    assertEquals(65, first.length);
    assertThrows(AssertionError.class, () -> assertArrayEquals(first, second));
  }

  @Test
  void aP256KeyOffTheCurveIsRefused() throws Exception {
    Issued good = CA.issue("off-curve", Type.EC_P256);
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(good.certificate().getPublicKey().getEncoded());
    byte[] point = info.getPublicKeyData().getOctets();
    point[point.length - 1] ^= 1;
    X509Certificate bad = withKey(new SubjectPublicKeyInfo(info.getAlgorithm(), point));
    assertEquals(CmsFailure.Kind.NOT_ALLOWED, assertThrows(CmsFailure.class, () -> SealRecipient.of(bad)).kind());
  }

  @Test
  void anX25519KeyOfSmallOrderIsRefused() throws Exception {
    // u = 0 and u = 1 generate subgroups of order 4 and 1: every shared secret would be zero.
    for (int u : new int[] {0, 1}) {
      byte[] key = new byte[32];
      key[0] = (byte) u;
      SealRecipient prepared = SealRecipient.of(withKey(new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519), key)));
      assertEquals(CmsFailure.Kind.NOT_ALLOWED, assertThrows(CmsFailure.class, () -> Cms.seal(CONTENT, List.of(prepared), new SecureRandom())).kind());
    }
  }

  @Test
  void keysThatCannotReceiveAreRefused() {
    Issued signer = CA.issue("ed-only", Type.ED25519);
    assertEquals(CmsFailure.Kind.NOT_ALLOWED, assertThrows(CmsFailure.class, () -> SealRecipient.of(signer.certificate())).kind());
  }

  // ---- key agreement while the content is encrypted ----------------------------------------

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "RSA_2048", "EC_P256", "X25519"})
  void theLengthLaidOutInAdvanceIsTheLengthWritten(Type type) throws Exception {
    SealRecipient prepared = SealRecipient.of(CA.issue("length-" + type, type).certificate());
    SecureRandom random = seeded(Seeds.seed());
    for (int i = 0; i < 8; i++) {
      assertEquals(prepared.infoLength(), prepared.recipientInfo(new JdkGcm.Encryptor(random), random).getEncoded(ASN1Encoding.DER).length, type + ", round " + i);
    }
  }

  /** Executors that run the work at once on another thread, never, only after sealing returned, or refuse it. */
  @Test
  void aMessageIsTheSameWhereverItsKeyAgreementRan() throws Exception {
    Issued ec = CA.issue("overlap-ec", Type.EC_P256);
    Issued x = CA.issue("overlap-x", Type.X25519);
    Issued rsa = CA.issue("overlap-rsa", Type.RSA_3072);
    List<SealRecipient> recipients = List.of(SealRecipient.of(ec.certificate()), SealRecipient.of(x.certificate()), SealRecipient.of(rsa.certificate()));
    byte[] content = new byte[Cms.OVERLAP_FROM + 12345];
    new SplittableRandom(Seeds.seed()).nextBytes(content);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    List<Runnable> late = new java.util.ArrayList<>();
    try {
      List<java.util.concurrent.Executor> executors = List.of(pool, task -> {}, late::add, Runnable::run,
          task -> {
            throw new java.util.concurrent.RejectedExecutionException("full");
          });
      for (java.util.concurrent.Executor executor : executors) {
        for (int i = 0; i < 3; i++) {
          byte[] der = Cms.seal(content, recipients, new SecureRandom(), executor);
          late.forEach(Runnable::run); // taken back by the sealing thread: running it now does nothing
          late.clear();
          CMSAuthEnvelopedData data = new CMSAuthEnvelopedData(der);
          assertArrayEquals(content, data.getRecipientInfos().get(new JceKeyAgreeRecipientId(ec.certificate()))
              .getContent(new JceKeyAgreeAuthEnvelopedRecipient(ec.key()).setProvider(TestPki.BC)));
          assertArrayEquals(content, data.getRecipientInfos().get(new JceKeyAgreeRecipientId(x.certificate()))
              .getContent(new JceKeyAgreeAuthEnvelopedRecipient(x.key()).setProvider(TestPki.BC)));
          assertArrayEquals(content, data.getRecipientInfos().get(new org.bouncycastle.cms.jcajce.JceKeyTransRecipientId(rsa.certificate()))
              .getContent(new org.bouncycastle.cms.jcajce.JceKeyTransAuthEnvelopedRecipient(rsa.key()).setProvider(TestPki.BC)));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedKeyAgreementFailsTheSealWhereverItRan() throws Exception {
    byte[] key = new byte[32]; // u = 0: of small order
    SealRecipient prepared = SealRecipient.of(withKey(new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_X25519), key)));
    byte[] content = new byte[Cms.OVERLAP_FROM];
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      for (java.util.concurrent.Executor executor : List.<java.util.concurrent.Executor>of(pool, Runnable::run)) {
        assertEquals(CmsFailure.Kind.NOT_ALLOWED, assertThrows(CmsFailure.class, () -> Cms.seal(content, List.of(prepared), new SecureRandom(), executor)).kind());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Recipient infos of another length than laid out for (across DER length-of-length steps) still give a well-formed message. */
  @Test
  void recipientInfosOfAnotherLengthMoveTheCiphertext() throws Exception {
    Issued recipient = CA.issue("relayout", Type.EC_P256);
    List<SealRecipient> prepared = List.of(SealRecipient.of(recipient.certificate()));
    byte[] content = new byte[70_000];
    new SplittableRandom(Seeds.seed()).nextBytes(content);
    SecureRandom random = new SecureRandom();
    for (int laidOut : new int[] {0, 100, 127, 128, 255, 256, 300, 70_000}) {
      JdkGcm.Encryptor encryptor = new JdkGcm.Encryptor(random);
      byte[] algorithm = encryptor.algorithm().getEncoded(ASN1Encoding.DER);
      Cms.Layout layout = new Cms.Layout(laidOut, algorithm, content.length);
      byte[] out = new byte[layout.total];
      encryptor.encryptInto(content, out, layout.contentAt);
      byte[] der = layout.finish(out, Cms.recipientInfos(prepared, encryptor, random));
      RecipientInformation info = new CMSAuthEnvelopedData(der).getRecipientInfos().get(new JceKeyAgreeRecipientId(recipient.certificate()));
      assertArrayEquals(content, info.getContent(new JceKeyAgreeAuthEnvelopedRecipient(recipient.key()).setProvider(TestPki.BC)), "laid out for " + laidOut);
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  static AsymmetricCipherKeyPair lightweight(KeyPair pair) {
    BigInteger d = ((ECPrivateKey) pair.getPrivate()).getD();
    byte[] q = ((ECPublicKey) pair.getPublic()).getQ().getEncoded(false);
    return new AsymmetricCipherKeyPair(new ECPublicKeyParameters(SealRecipient.P256.getCurve().decodePoint(q), SealRecipient.P256),
        new ECPrivateKeyParameters(d, SealRecipient.P256));
  }

  static byte[] rawX25519(PrivateKey key) throws Exception {
    return ASN1OctetString.getInstance(PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey()).getOctets();
  }

  static byte[] originatorKey(byte[] der) throws Exception {
    org.bouncycastle.asn1.cms.AuthEnvelopedData data = org.bouncycastle.asn1.cms.AuthEnvelopedData.getInstance(
        org.bouncycastle.asn1.cms.ContentInfo.getInstance(der).getContent());
    org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo kari = org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo.getInstance(
        org.bouncycastle.asn1.cms.RecipientInfo.getInstance(data.getRecipientInfos().getObjectAt(0)).getInfo());
    return kari.getOriginator().getOriginatorKey().getPublicKey().getOctets();
  }

  /** A certificate from the test CA for an arbitrary (possibly invalid) public key. */
  static X509Certificate withKey(SubjectPublicKeyInfo key) throws Exception {
    X509v3CertificateBuilder b = new X509v3CertificateBuilder(X500Name.getInstance(CA.certificate.getSubjectX500Principal().getEncoded()), BigInteger.valueOf(7),
        Date.from(Instant.now().minus(Duration.ofDays(1))), Date.from(Instant.now().plus(Duration.ofDays(1))), new X500Name("CN=odd key"), key);
    // The JDK's certificate factory, as a host would use: it does not check the point itself.
    return new JcaX509CertificateConverter().getCertificate(b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestPki.BC).build(CA.keys.getPrivate())));
  }
}
