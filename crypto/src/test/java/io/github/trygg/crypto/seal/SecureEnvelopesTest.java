package io.github.trygg.crypto.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Sealing, opening, signing and verifying, including every way it must fail. Keys are made here. */
class SecureEnvelopesTest {
  static final Ca CA = new Ca("Trygg Test CA");
  static final Ca OTHER_CA = new Ca("Untrusted CA");
  static final SecureEnvelopes ENVELOPES = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final byte[] CONTENT = "Provsvar: HbA1c 48 mmol/mol. Ring mottagningen vid frågor.".getBytes(StandardCharsets.UTF_8);

  static Issued sender(Type type) {
    return CA.issue("sender-" + type, type);
  }

  static SenderCredential senderCredential(Type type) {
    Issued s = sender(type);
    return SenderCredential.of(s.handle(), s.certificate(), CA.certificate);
  }

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256", "X25519"})
  void signThenSealRoundTripsForEveryRecipientType(Type recipientType) {
    Issued recipient = CA.issue("patient-" + recipientType, recipientType);
    for (Type signerType : new Type[] {Type.RSA_3072, Type.EC_P256, Type.ED25519}) {
      SealedMessage sealed = ENVELOPES.seal(CONTENT, senderCredential(signerType), List.of(recipient.certificate()));
      assertTrue(sealed.signed());
      VerifiedMessage opened = ENVELOPES.openAndVerify(sealed.encoded(), recipient.recipient());
      assertArrayEquals(CONTENT, opened.content());
      assertEquals(sender(signerType).certificate().getPublicKey(), opened.signer().getPublicKey());
      assertEquals(switch (signerType) {
        case RSA_3072 -> "RSASSA-PSS-SHA256 (MGF1-SHA256, salt 32)";
        case EC_P256 -> "ECDSA-SHA256";
        default -> "Ed25519";
      }, opened.signatureAlgorithm());
      assertTrue(opened.signingTime().isPresent());
    }
  }

  @Test
  void oneMessageForSeveralRecipientsOfDifferentTypes() {
    List<Issued> recipients = List.of(CA.issue("a", Type.RSA_3072), CA.issue("b", Type.EC_P256), CA.issue("c", Type.X25519));
    SealedMessage sealed = ENVELOPES.sealUnsigned(CONTENT, recipients.stream().map(Issued::certificate).toList());
    assertEquals(3, sealed.recipientCount());
    for (Issued r : recipients) {
      assertArrayEquals(CONTENT, ENVELOPES.open(sealed.encoded(), r.recipient()));
    }
  }

  @Test
  void theEnvelopeIsAuthEnvelopedDataWithAes256GcmAndTheExpectedKeyManagement() throws Exception {
    List<Issued> recipients = List.of(CA.issue("a", Type.RSA_3072), CA.issue("b", Type.EC_P256), CA.issue("c", Type.X25519));
    byte[] der = ENVELOPES.sealUnsigned(CONTENT, recipients.stream().map(Issued::certificate).toList()).encoded();
    ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
    AuthEnvelopedData data = AuthEnvelopedData.getInstance(info.getContent());
    assertEquals(NISTObjectIdentifiers.id_aes256_GCM, data.getAuthEncryptedContentInfo().getContentEncryptionAlgorithm().getAlgorithm());
    assertEquals(16, data.getMac().getOctets().length);
    // DER sorts the SET of recipient infos, so find each by its kind.
    int seen = 0;
    for (int i = 0; i < data.getRecipientInfos().size(); i++) {
      RecipientInfo ri = RecipientInfo.getInstance(data.getRecipientInfos().getObjectAt(i));
      if (ri.getInfo() instanceof KeyTransRecipientInfo rsa) {
        assertEquals(PKCSObjectIdentifiers.id_RSAES_OAEP, rsa.getKeyEncryptionAlgorithm().getAlgorithm());
        assertEquals(NISTObjectIdentifiers.id_sha256, RSAESOAEPparams.getInstance(rsa.getKeyEncryptionAlgorithm().getParameters()).getHashAlgorithm().getAlgorithm());
        seen |= 1;
      } else {
        KeyAgreeRecipientInfo kari = KeyAgreeRecipientInfo.getInstance(ri.getInfo());
        if (kari.getKeyEncryptionAlgorithm().getAlgorithm().equals(CMSAlgorithm.ECDH_SHA256KDF)) {
          seen |= 2;
        } else {
          assertEquals(CMSAlgorithm.ECDH_HKDF_SHA256, kari.getKeyEncryptionAlgorithm().getAlgorithm());
          assertNull(kari.getUserKeyingMaterial(), "no UKM for X25519 (RFC 8418 interoperability)");
          seen |= 4;
        }
      }
    }
    assertEquals(7, seen);
  }

  /** Every DER length form, around each boundary, parses back and opens. */
  @Test
  void contentOfEverySizeAroundTheLengthBoundariesRoundTrips() {
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    for (int size : new int[] {0, 1, 100, 127, 128, 129, 200, 255, 256, 257, 65_400, 65_535, 65_536, 70_000, 16_777_100, 16_777_216 + 3}) {
      byte[] content = new byte[size];
      new java.util.Random(size).nextBytes(content);
      byte[] der = ENVELOPES.sealUnsigned(content, List.of(recipient.certificate())).encoded();
      assertArrayEquals(content, ENVELOPES.open(der, recipient.recipient()), "size " + size);
    }
  }

  @Test
  void aFlippedCiphertextByteIsTampering() {
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    byte[] der = ENVELOPES.seal(CONTENT, senderCredential(Type.ED25519), List.of(recipient.certificate())).encoded();
    der[der.length - 40] ^= 0x01; // inside the encrypted content, before the 16-byte tag
    assertThrows(TamperedMessageException.class, () -> ENVELOPES.open(der, recipient.recipient()));
    byte[] tag = ENVELOPES.seal(CONTENT, senderCredential(Type.ED25519), List.of(recipient.certificate())).encoded();
    tag[tag.length - 1] ^= 0x01;
    assertThrows(TamperedMessageException.class, () -> ENVELOPES.open(tag, recipient.recipient()));
  }

  /**
   * CMS does not authenticate every header field (an originator key's algorithm identifier, for
   * one), so some changes still open; what must never happen is altered content coming out.
   */
  @Test
  void noSingleByteChangeEverYieldsOtherContent() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    byte[] original = ENVELOPES.sealUnsigned("kort".getBytes(StandardCharsets.UTF_8), List.of(recipient.certificate())).encoded();
    int survived = 0;
    for (int i = 0; i < original.length; i++) {
      byte[] changed = original.clone();
      changed[i] ^= (byte) (1 + r.nextInt(255));
      int at = i;
      try {
        byte[] opened = ENVELOPES.open(changed, recipient.recipient());
        assertArrayEquals("kort".getBytes(StandardCharsets.UTF_8), opened, () -> "seed " + seed + ": byte " + at + " changed the content");
        survived++;
      } catch (RuntimeException e) {
        assertTrue(e instanceof TamperedMessageException || e instanceof MalformedMessageException || e instanceof NotARecipientException || e instanceof PolicyViolationException,
            () -> "seed " + seed + ": byte " + at + " gave " + e);
      }
    }
    // Typically a few per cent survive: bytes of unauthenticated identifiers such as the inner
    // content type or the originator key's algorithm identifier, which the recipient does not use.
    assertTrue(survived < original.length / 4, "seed " + seed + ": " + survived + " of " + original.length + " changes went unnoticed");
  }

  @Test
  void aKeyThatIsNotARecipientIsToldSo() {
    Issued recipient = CA.issue("patient-RSA", Type.RSA_3072);
    Issued stranger = CA.issue("stranger-RSA", Type.RSA_3072);
    Issued strangerEc = CA.issue("stranger-EC", Type.EC_P256);
    byte[] der = ENVELOPES.seal(CONTENT, senderCredential(Type.EC_P256), List.of(recipient.certificate())).encoded();
    assertThrows(NotARecipientException.class, () -> ENVELOPES.open(der, stranger.recipient()));
    assertThrows(NotARecipientException.class, () -> ENVELOPES.open(der, strangerEc.recipient()));
  }

  @Test
  void aKeyMustBelongToItsCertificate() {
    Issued a = CA.issue("a", Type.EC_P256);
    Issued b = CA.issue("b", Type.EC_P256);
    assertThrows(IllegalArgumentException.class, () -> RecipientCredential.of(b.handle(), a.certificate()));
    assertThrows(IllegalArgumentException.class, () -> SenderCredential.of(b.handle(), a.certificate()));
    Issued x = CA.issue("c", Type.X25519);
    Issued y = CA.issue("d", Type.X25519);
    assertThrows(IllegalArgumentException.class, () -> RecipientCredential.of(y.handle(), x.certificate()));
  }

  @Test
  void anExpiredRecipientCertificateIsRefusedBeforeSealing() {
    Issued expired = CA.issue("expired", Type.EC_P256, Instant.now().minus(Duration.ofDays(30)), Instant.now().minus(Duration.ofDays(1)), TestPki.defaultUsage(Type.EC_P256));
    UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(expired.certificate())));
    assertEquals(UntrustedCertificateException.Reason.EXPIRED, e.reason());
  }

  /** A clock the test moves. */
  static final class MovingClock extends Clock {
    Instant now = Instant.now();

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** A remembered validation ends with the certificate: sealing to it later is refused. */
  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256", "X25519"})
  void aRememberedRecipientStillExpires(Type type) {
    Issued shortLived = CA.issue("short-lived-recipient-" + type, type, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)),
        TestPki.defaultUsage(type));
    MovingClock clock = new MovingClock();
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).clock(clock).build();
    envelopes.sealUnsigned(CONTENT, List.of(shortLived.certificate()));
    envelopes.sealUnsigned(CONTENT, List.of(shortLived.certificate()));
    clock.now = clock.now.plus(Duration.ofDays(3));
    assertEquals(UntrustedCertificateException.Reason.EXPIRED,
        assertThrows(UntrustedCertificateException.class, () -> envelopes.sealUnsigned(CONTENT, List.of(shortLived.certificate()))).reason());
  }

  /** Nor does it hold before the certificate's validity starts, should the clock go back. */
  @Test
  void aRememberedRecipientIsNotValidBeforeItsTime() {
    Issued recipient = CA.issue("recent-recipient", Type.EC_P256, Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(2)),
        TestPki.defaultUsage(Type.EC_P256));
    MovingClock clock = new MovingClock();
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).clock(clock).build();
    envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate()));
    clock.now = clock.now.minus(Duration.ofHours(2));
    assertEquals(UntrustedCertificateException.Reason.NOT_YET_VALID,
        assertThrows(UntrustedCertificateException.class, () -> envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate()))).reason());
  }

  /**
   * What is remembered is one certificate, byte for byte, under one set of trust anchors: a copy
   * with the same names, serial number and key but another issuer's signature is checked afresh
   * and refused, and another instance does not trust what this one validated.
   */
  @Test
  void aRememberedRecipientVouchesForNothingElse() throws Exception {
    Issued genuine = CA.issue("remembered", Type.EC_P256);
    ENVELOPES.sealUnsigned(CONTENT, List.of(genuine.certificate()));
    org.bouncycastle.cert.X509CertificateHolder template = new org.bouncycastle.cert.X509CertificateHolder(genuine.certificate().getEncoded());
    java.security.cert.X509Certificate forged = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(
        new org.bouncycastle.cert.X509v3CertificateBuilder(template).build(
            new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withECDSA").setProvider(TestPki.BC).build(OTHER_CA.keys.getPrivate())));
    assertEquals(genuine.certificate().getSerialNumber(), forged.getSerialNumber());
    assertEquals(genuine.certificate().getPublicKey(), forged.getPublicKey());
    assertEquals(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN,
        assertThrows(UntrustedCertificateException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(forged))).reason());
    SecureEnvelopes others = SecureEnvelopes.builder().addTrustAnchor(OTHER_CA.certificate).build();
    assertEquals(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN,
        assertThrows(UntrustedCertificateException.class, () -> others.sealUnsigned(CONTENT, List.of(genuine.certificate()))).reason());
    assertArrayEquals(CONTENT, ENVELOPES.open(ENVELOPES.sealUnsigned(CONTENT, List.of(genuine.certificate())).encoded(), genuine.recipient()));
  }

  /** Threads sealing to one recipient at the same time share its prepared key safely. */
  @ParameterizedTest
  @EnumSource(names = {"EC_P256", "X25519"})
  void concurrentSealsToOneRecipientAllOpen(Type type) throws Exception {
    Issued recipient = CA.issue("shared-" + type, type);
    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<byte[]>> sealed = new java.util.ArrayList<>();
      for (int i = 0; i < 32; i++) {
        sealed.add(pool.submit(() -> envelopes.sealUnsigned(CONTENT, List.of(recipient.certificate())).encoded()));
      }
      for (java.util.concurrent.Future<byte[]> f : sealed) {
        assertArrayEquals(CONTENT, envelopes.open(f.get(), recipient.recipient()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aSignatureFromAnExpiredCertificateIsNotTrustedLater() {
    Issued shortLived = CA.issue("short-lived", Type.ED25519, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(2)), KeyUsage.digitalSignature);
    byte[] signed = ENVELOPES.sign(CONTENT, SenderCredential.of(shortLived.handle(), shortLived.certificate())).encoded();
    assertArrayEquals(CONTENT, ENVELOPES.verify(signed).content());
    SecureEnvelopes later = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).clock(Clock.fixed(Instant.now().plus(Duration.ofDays(10)), ZoneOffset.UTC)).build();
    assertEquals(UntrustedCertificateException.Reason.EXPIRED, assertThrows(UntrustedCertificateException.class, () -> later.verify(signed)).reason());
  }

  @Test
  void anUntrustedChainIsRefusedBothWays() {
    Issued foreign = OTHER_CA.issue("foreign", Type.EC_P256);
    assertEquals(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN,
        assertThrows(UntrustedCertificateException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(foreign.certificate()))).reason());
    SecureEnvelopes theirs = SecureEnvelopes.builder().addTrustAnchor(OTHER_CA.certificate).build();
    byte[] signed = theirs.sign(CONTENT, SenderCredential.of(foreign.handle(), foreign.certificate())).encoded();
    assertEquals(UntrustedCertificateException.Reason.UNTRUSTED_CHAIN, assertThrows(UntrustedCertificateException.class, () -> ENVELOPES.verify(signed)).reason());
  }

  @Test
  void alteredSignedContentIsTampering() {
    byte[] signed = ENVELOPES.sign(CONTENT, senderCredential(Type.EC_P256)).encoded();
    String text = new String(signed, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("HbA1c 48");
    signed[at + 6] = '9';
    assertThrows(TamperedMessageException.class, () -> ENVELOPES.verify(signed));
  }

  @Test
  void thePolicyRefusesWeakOrUnknownKeys() {
    Issued rsa2048 = CA.issue("rsa2048", Type.RSA_2048);
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(rsa2048.certificate())));
    Issued p384 = CA.issue("p384", Type.EC_P384);
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(p384.certificate())));
    Issued rsa3072 = CA.issue("rsa3072", Type.RSA_3072);
    SecureEnvelopes strict = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.defaults().withMinimumRsaBits(4096)).build();
    assertThrows(PolicyViolationException.class, () -> strict.sealUnsigned(CONTENT, List.of(rsa3072.certificate())));
    assertThrows(IllegalArgumentException.class, () -> CryptoPolicy.defaults().withMinimumRsaBits(2048));
    Issued x = CA.issue("x-signer", Type.X25519);
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.sign(CONTENT, SenderCredential.of(x.handle(), x.certificate())));
  }

  @Test
  void aCertificateWithoutTheRightKeyUsageIsRefused() {
    Issued signOnly = CA.issue("sign-only", Type.RSA_3072, Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(5)), KeyUsage.digitalSignature);
    assertEquals(UntrustedCertificateException.Reason.WRONG_KEY_USAGE,
        assertThrows(UntrustedCertificateException.class, () -> ENVELOPES.sealUnsigned(CONTENT, List.of(signOnly.certificate()))).reason());
  }

  /** CBC content is not authenticated: the legacy policy reads it only through its signature. */
  @Test
  void legacyCbcEnvelopesAreReadOnlyUnderTheLegacyPolicyAndOnlyWithTheirSignature() throws Exception {
    Issued recipient = CA.issue("patient-RSA", Type.RSA_3072);
    byte[] signed = ENVELOPES.sign(CONTENT, senderCredential(Type.EC_P256)).encoded();
    CMSEnvelopedDataGenerator g = new CMSEnvelopedDataGenerator();
    g.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient.certificate()).setProvider(TestPki.BC));
    byte[] cbc = g.generate(new CMSProcessableByteArray(signed), new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(TestPki.BC).build()).getEncoded();
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.openAndVerify(cbc, recipient.recipient()));
    SecureEnvelopes legacy = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
    assertThrows(PolicyViolationException.class, () -> legacy.open(cbc, recipient.recipient()));
    assertArrayEquals(CONTENT, legacy.openAndVerify(cbc, recipient.recipient()).content());
  }

  @Test
  void garbageIsMalformed() {
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    assertThrows(MalformedMessageException.class, () -> ENVELOPES.open("not cms".getBytes(StandardCharsets.UTF_8), recipient.recipient()));
    byte[] signed = ENVELOPES.sign(CONTENT, senderCredential(Type.EC_P256)).encoded();
    assertThrows(MalformedMessageException.class, () -> ENVELOPES.open(signed, recipient.recipient()));
  }

  @Test
  void nothingSecretIsPrinted() {
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    SealedMessage sealed = ENVELOPES.seal(CONTENT, senderCredential(Type.EC_P256), List.of(recipient.certificate()));
    VerifiedMessage opened = ENVELOPES.openAndVerify(sealed.encoded(), recipient.recipient());
    for (String s : List.of(sealed.toString(), opened.toString(), recipient.handle().toString(), recipient.recipient().toString())) {
      assertFalse(s.contains("HbA1c"), s);
      assertFalse(s.contains("PRIVATE"), s);
    }
    assertEquals("PrivateKeyHandle[EC]", recipient.handle().toString());
  }

  @Test
  void bouncyCastleIsNeverInstalledGlobally() {
    Issued recipient = CA.issue("patient-X", Type.X25519);
    ENVELOPES.openAndVerify(ENVELOPES.seal(CONTENT, senderCredential(Type.ED25519), List.of(recipient.certificate())).encoded(), recipient.recipient());
    assertNull(Security.getProvider("BC"));
  }

  @Test
  void pemRoundTrips() {
    Issued recipient = CA.issue("patient-EC", Type.EC_P256);
    String pem = Pem.encode("CERTIFICATE", encoded(recipient)) + Pem.encode("PRIVATE KEY", recipient.key().getEncoded());
    assertEquals(recipient.certificate(), Pem.certificate(pem));
    RecipientCredential fromPem = RecipientCredential.of(Pem.privateKey(pem), Pem.certificate(pem));
    SealedMessage sealed = ENVELOPES.sealUnsigned(CONTENT, List.of(recipient.certificate()));
    assertArrayEquals(CONTENT, ENVELOPES.open(sealed.encoded(), fromPem));
    assertTrue(sealed.toPem().startsWith("-----BEGIN CMS-----"));
  }

  static byte[] encoded(Issued issued) {
    try {
      return issued.certificate().getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
