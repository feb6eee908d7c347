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
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.AlgorithmParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AuthEnvelopedData;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.EncryptedContentInfo;
import org.bouncycastle.asn1.cms.EnvelopedData;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What an attacker who can send messages learns from their failures (nothing: one exception, one
 * message), which signature parameters are refused, and that a signed message cannot be passed on
 * to someone its signer did not name.
 */
class SealingHardeningTest {
  static final Ca CA = new Ca("Trygg Hardening CA");
  static final SecureEnvelopes STANDARD = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final SecureEnvelopes LEGACY = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
  static final byte[] CONTENT = "Provsvar: normalt. Ring mottagningen vid frågor.".getBytes(StandardCharsets.UTF_8);
  static final Issued RSA = CA.issue("hardening-rsa", Type.RSA_3072);
  static final Issued EC = CA.issue("hardening-ec", Type.EC_P256);
  static final Issued SIGNER = CA.issue("hardening-signer", Type.EC_P256);
  static final SecureRandom RANDOM = new SecureRandom();

  static SenderCredential signer() {
    return SenderCredential.of(SIGNER.handle(), SIGNER.certificate());
  }

  /** What every failure to decrypt must look like: one type, one message, no cause that could tell more. */
  static String failure(Runnable open) {
    TamperedMessageException e = assertThrows(TamperedMessageException.class, open::run);
    assertNull(e.getCause(), () -> "a cause tells the steps apart: " + e.getCause());
    return e.getMessage();
  }

  // ---- key transport: no Bleichenbacher or Manger oracle -----------------------------------

  /** An AuthEnvelopedData (AES-256-GCM) whose RSA recipient info carries {@code encryptedKey}, by the given key transport. */
  static byte[] withEncryptedKey(byte[] sealed, org.bouncycastle.asn1.x509.AlgorithmIdentifier transport, byte[] encryptedKey) {
    ContentInfo info = ContentInfo.getInstance(sealed);
    boolean authenticated = CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType());
    ASN1Set infos = authenticated ? AuthEnvelopedData.getInstance(info.getContent()).getRecipientInfos() : EnvelopedData.getInstance(info.getContent()).getRecipientInfos();
    KeyTransRecipientInfo ktri = KeyTransRecipientInfo.getInstance(RecipientInfo.getInstance(infos.getObjectAt(0)).getInfo());
    RecipientInfo replaced = new RecipientInfo(new KeyTransRecipientInfo(ktri.getRecipientIdentifier(), transport, new DEROctetString(encryptedKey)));
    if (authenticated) {
      AuthEnvelopedData a = AuthEnvelopedData.getInstance(info.getContent());
      return encode(new ContentInfo(info.getContentType(), new AuthEnvelopedData(a.getOriginatorInfo(), new DERSet(replaced), a.getAuthEncryptedContentInfo(),
          a.getAuthAttrs(), a.getMac(), a.getUnauthAttrs())));
    }
    EnvelopedData e = EnvelopedData.getInstance(info.getContent());
    return encode(new ContentInfo(info.getContentType(), new EnvelopedData(e.getOriginatorInfo(), new DERSet(replaced), e.getEncryptedContentInfo(), e.getUnprotectedAttrs())));
  }

  /** The same AuthEnvelopedData with one bit of its tag flipped. */
  static byte[] withMacChanged(byte[] sealed) {
    ContentInfo info = ContentInfo.getInstance(sealed);
    AuthEnvelopedData a = AuthEnvelopedData.getInstance(info.getContent());
    byte[] mac = a.getMac().getOctets().clone();
    mac[0] ^= 1;
    return encode(new ContentInfo(info.getContentType(), new AuthEnvelopedData(a.getOriginatorInfo(), a.getRecipientInfos(), a.getAuthEncryptedContentInfo(),
        a.getAuthAttrs(), new DEROctetString(mac), a.getUnauthAttrs())));
  }

  static byte[] encode(ContentInfo info) {
    try {
      return info.getEncoded("DER");
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** m^e mod n, k bytes: an RSA ciphertext of any chosen encoded message. */
  static byte[] rsaEncrypt(byte[] em) {
    RSAPublicKey key = (RSAPublicKey) RSA.certificate().getPublicKey();
    int k = (key.getModulus().bitLength() + 7) / 8;
    byte[] c = new BigInteger(1, em).modPow(key.getPublicExponent(), key.getModulus()).toByteArray();
    byte[] out = new byte[k];
    System.arraycopy(c, Math.max(0, c.length - k), out, k - Math.min(k, c.length), Math.min(k, c.length));
    return out;
  }

  /** EM = 00 02 PS 00 M with a chosen first bytes, padding and message length. */
  static byte[] pkcs1(int first, int second, int messageLength, boolean zeroInPadding) {
    int k = 384;
    byte[] em = new byte[k];
    em[0] = (byte) first;
    em[1] = (byte) second;
    for (int i = 2; i < k - messageLength - 1; i++) {
      em[i] = (byte) (1 + RANDOM.nextInt(255));
    }
    if (zeroInPadding) {
      em[5] = 0;
    }
    em[k - messageLength - 1] = 0;
    for (int i = k - messageLength; i < k; i++) {
      em[i] = (byte) RANDOM.nextInt(256);
    }
    return em;
  }

  static byte[] authEnveloped(RecipientInfoGenerator recipient, byte[] content) throws Exception {
    CMSAuthEnvelopedDataGenerator g = new CMSAuthEnvelopedDataGenerator();
    g.addRecipientInfoGenerator(recipient);
    return g.generate(new CMSProcessableByteArray(content), (org.bouncycastle.operator.OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(TestPki.BC).build()).getEncoded();
  }

  /**
   * PKCS#1 v1.5 key transport is read only under the legacy policy, and there every way its
   * padding can be wrong — and a valid padding around a wrong key — fails exactly like altered
   * content: the Bleichenbacher oracle has nothing to tell apart.
   */
  @Test
  void pkcs1KeyTransportFailsOneWayWhateverIsWrong() throws Exception {
    byte[] sealed = authEnveloped(new JceKeyTransRecipientInfoGenerator(RSA.certificate()).setProvider(TestPki.BC), STANDARD.sign(CONTENT, signer()).encoded());
    assertThrows(PolicyViolationException.class, () -> STANDARD.open(sealed, RSA.recipient()));
    assertArrayEquals(CONTENT, LEGACY.openAndVerify(sealed, RSA.recipient()).content());

    org.bouncycastle.asn1.x509.AlgorithmIdentifier v15 = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, org.bouncycastle.asn1.DERNull.INSTANCE);
    byte[] tagged = withMacChanged(sealed);
    Set<String> messages = new HashSet<>();
    messages.add(failure(() -> LEGACY.openAndVerify(tagged, RSA.recipient())));
    List<byte[]> ems = List.of(
        pkcs1(0, 2, 32, false),   // valid padding, a key that is not the content key
        pkcs1(0, 2, 16, false),   // valid padding, a key of the wrong length
        pkcs1(0, 2, 32, true),    // a zero inside the padding string
        pkcs1(0, 1, 32, false),   // signature-type block
        pkcs1(1, 2, 32, false),   // a non-zero first byte
        pkcs1(0, 2, 380, false)); // a padding string shorter than eight bytes
    for (byte[] em : ems) {
      byte[] forged = withEncryptedKey(sealed, v15, rsaEncrypt(em));
      messages.add(failure(() -> LEGACY.open(forged, RSA.recipient())));
      messages.add(failure(() -> LEGACY.openAndVerify(forged, RSA.recipient())));
    }
    byte[] random = new byte[384];
    RANDOM.nextBytes(random);
    random[0] &= 0x7f;
    byte[] forged = withEncryptedKey(sealed, v15, random);
    messages.add(failure(() -> LEGACY.open(forged, RSA.recipient())));
    byte[] shortKey = withEncryptedKey(sealed, v15, new byte[7]);
    messages.add(failure(() -> LEGACY.open(shortKey, RSA.recipient())));
    assertEquals(1, messages.size(), messages.toString());
  }

  /** The same for RSAES-OAEP: a wrong label hash, first byte, separator or key length all fail as altered content does. */
  @Test
  void oaepKeyTransportFailsOneWayWhateverIsWrong() throws Exception {
    byte[] sealed = STANDARD.sealUnsigned(CONTENT, List.of(RSA.certificate())).encoded();
    ContentInfo info = ContentInfo.getInstance(sealed);
    KeyTransRecipientInfo ktri = KeyTransRecipientInfo.getInstance(
        RecipientInfo.getInstance(AuthEnvelopedData.getInstance(info.getContent()).getRecipientInfos().getObjectAt(0)).getInfo());
    Set<String> messages = new HashSet<>();
    messages.add(failure(() -> STANDARD.open(withMacChanged(sealed), RSA.recipient())));
    for (int i = 0; i < 20; i++) {
      byte[] em = new byte[384];
      RANDOM.nextBytes(em);
      em[0] = (byte) (i % 2 == 0 ? 0 : 1);
      byte[] forged = withEncryptedKey(sealed, ktri.getKeyEncryptionAlgorithm(), rsaEncrypt(em));
      messages.add(failure(() -> STANDARD.open(forged, RSA.recipient())));
    }
    byte[] flipped = ktri.getEncryptedKey().getOctets().clone();
    flipped[100] ^= 4;
    messages.add(failure(() -> STANDARD.open(withEncryptedKey(sealed, ktri.getKeyEncryptionAlgorithm(), flipped), RSA.recipient())));
    assertEquals(1, messages.size(), messages.toString());
  }

  /** OAEP with SHA-1 (openssl's default) is legacy; the standard policy takes SHA-256 only. */
  @Test
  void oaepWithSha1IsLegacyOnly() throws Exception {
    org.bouncycastle.asn1.x509.AlgorithmIdentifier sha1 = new JcaAlgorithmParametersConverter().getAlgorithmIdentifier(PKCSObjectIdentifiers.id_RSAES_OAEP,
        new OAEPParameterSpec("SHA-1", "MGF1", MGF1ParameterSpec.SHA1, PSource.PSpecified.DEFAULT));
    byte[] sealed = authEnveloped(new JceKeyTransRecipientInfoGenerator(RSA.certificate(), sha1).setProvider(TestPki.BC), CONTENT);
    assertThrows(PolicyViolationException.class, () -> STANDARD.open(sealed, RSA.recipient()));
    assertArrayEquals(CONTENT, LEGACY.open(sealed, RSA.recipient()));
  }

  // ---- legacy CBC: no padding oracle -------------------------------------------------------

  static byte[] cbc(byte[] content, RecipientInfoGenerator recipient) throws Exception {
    CMSEnvelopedDataGenerator g = new CMSEnvelopedDataGenerator();
    g.addRecipientInfoGenerator(recipient);
    return g.generate(new CMSProcessableByteArray(content), new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(TestPki.BC).build()).getEncoded();
  }

  static byte[] withCiphertext(byte[] enveloped, byte[] ciphertext) {
    ContentInfo info = ContentInfo.getInstance(enveloped);
    EnvelopedData e = EnvelopedData.getInstance(info.getContent());
    EncryptedContentInfo eci = e.getEncryptedContentInfo();
    return encode(new ContentInfo(info.getContentType(), new EnvelopedData(e.getOriginatorInfo(), e.getRecipientInfos(),
        new EncryptedContentInfo(eci.getContentType(), eci.getContentEncryptionAlgorithm(), new DEROctetString(ciphertext)), e.getUnprotectedAttrs())));
  }

  /**
   * Vaudenay's attack changes the last byte of the second-to-last block through all 256 values
   * and watches which give valid padding. Here every one of them fails the same way: the padding is
   * checked without a branch, and nothing is told apart before the signature has verified.
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3})
  void everyCbcAlterationFailsTheSameWay(int block) throws Exception {
    byte[] sealed = cbc(STANDARD.sign(CONTENT, signer()).encoded(), new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, EC.key(),
        EC.certificate().getPublicKey(), CMSAlgorithm.AES256_WRAP).addRecipient(EC.certificate()).setProvider(TestPki.BC));
    assertArrayEquals(CONTENT, LEGACY.openAndVerify(sealed, EC.recipient()).content());
    byte[] ciphertext = EnvelopedData.getInstance(ContentInfo.getInstance(sealed).getContent()).getEncryptedContentInfo().getEncryptedContent().getOctets();
    int at = ciphertext.length - 16 * block - 1;
    Set<String> messages = new HashSet<>();
    for (int delta = 1; delta < 256; delta++) {
      byte[] changed = ciphertext.clone();
      changed[at] ^= (byte) delta;
      byte[] forged = withCiphertext(sealed, changed);
      messages.add(failure(() -> LEGACY.openAndVerify(forged, EC.recipient())));
    }
    byte[] truncated = withCiphertext(sealed, Arrays.copyOf(ciphertext, ciphertext.length - 16));
    messages.add(failure(() -> LEGACY.openAndVerify(truncated, EC.recipient())));
    assertEquals(1, messages.size(), messages.toString());
  }

  /**
   * When the signed message fills its last block, the padding is a whole block of its own; cut
   * off, what remains is still exactly the signed message, and must fail all the same.
   */
  @Test
  void aWholePaddingBlockCutOffFails() throws Exception {
    byte[] signed = null;
    for (int extra = 0; signed == null || signed.length % 16 != 0; extra = (extra + 1) % 64) {
      signed = STANDARD.sign(Arrays.copyOf(CONTENT, CONTENT.length + extra), signer()).encoded();
    }
    byte[] sealed = cbc(signed, new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, EC.key(),
        EC.certificate().getPublicKey(), CMSAlgorithm.AES256_WRAP).addRecipient(EC.certificate()).setProvider(TestPki.BC));
    LEGACY.openAndVerify(sealed, EC.recipient());
    byte[] ciphertext = EnvelopedData.getInstance(ContentInfo.getInstance(sealed).getContent()).getEncryptedContentInfo().getEncryptedContent().getOctets();
    assertEquals(signed.length + 16, ciphertext.length);
    byte[] cut = withCiphertext(sealed, Arrays.copyOf(ciphertext, ciphertext.length - 16));
    failure(() -> LEGACY.openAndVerify(cut, EC.recipient()));
  }

  @Test
  void unsignedCbcIsNeverOpened() throws Exception {
    byte[] sealed = cbc(CONTENT, new JceKeyTransRecipientInfoGenerator(RSA.certificate()).setProvider(TestPki.BC));
    assertThrows(PolicyViolationException.class, () -> LEGACY.open(sealed, RSA.recipient()));
    // Through openAndVerify it is content that does not verify, the one failure.
    failure(() -> LEGACY.openAndVerify(sealed, RSA.recipient()));
  }

  // ---- signatures ---------------------------------------------------------------------------

  static byte[] signedWith(String algorithm, AlgorithmParameterSpec params, Issued signer) throws Exception {
    JcaContentSignerBuilder builder = params == null ? new JcaContentSignerBuilder(algorithm) : new JcaContentSignerBuilder(algorithm, params);
    CMSSignedDataGenerator g = new CMSSignedDataGenerator();
    g.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(TestPki.BC).build())
        .build(builder.setProvider(TestPki.BC).build(signer.key()), signer.certificate()));
    g.addCertificates(new JcaCertStore(List.of(signer.certificate())));
    return g.generate(new CMSProcessableByteArray(CONTENT), true).getEncoded();
  }

  /** The signed message with its signer's RSASSA-PSS parameters replaced (its signature no longer checks, but the policy speaks first). */
  static byte[] withPss(byte[] signed, org.bouncycastle.asn1.pkcs.RSASSAPSSparams params) {
    ContentInfo info = ContentInfo.getInstance(signed);
    org.bouncycastle.asn1.cms.SignedData sd = org.bouncycastle.asn1.cms.SignedData.getInstance(info.getContent());
    org.bouncycastle.asn1.cms.SignerInfo si = org.bouncycastle.asn1.cms.SignerInfo.getInstance(sd.getSignerInfos().getObjectAt(0));
    org.bouncycastle.asn1.cms.SignerInfo changed = new org.bouncycastle.asn1.cms.SignerInfo(si.getSID(), si.getDigestAlgorithm(), si.getAuthenticatedAttributes(),
        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(PKCSObjectIdentifiers.id_RSASSA_PSS, params), si.getEncryptedDigest(), si.getUnauthenticatedAttributes());
    return encode(new ContentInfo(info.getContentType(), new org.bouncycastle.asn1.cms.SignedData(sd.getDigestAlgorithms(), sd.getEncapContentInfo(),
        sd.getCertificates(), sd.getCRLs(), new DERSet(changed))));
  }

  /** RSASSA-PSS is held to the policy's digests, MGF1 with the same digest, and a salt at least as long. */
  @Test
  void pssSignaturesWithWeakOrMismatchedParametersAreRefused() throws Exception {
    Issued rsa = CA.issue("pss-signer", Type.RSA_3072);
    assertThrows(PolicyViolationException.class, () -> STANDARD.verify(signedWith("SHA1withRSAandMGF1", null, rsa)));
    assertThrows(PolicyViolationException.class, () -> LEGACY.verify(signedWith("SHA1withRSAandMGF1", null, rsa)));
    byte[] good = signedWith("SHA256withRSAandMGF1", null, rsa);
    org.bouncycastle.asn1.x509.AlgorithmIdentifier sha256 = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
        org.bouncycastle.asn1.nist.NISTObjectIdentifiers.id_sha256, org.bouncycastle.asn1.DERNull.INSTANCE);
    org.bouncycastle.asn1.x509.AlgorithmIdentifier mgf1Sha1 = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1,
        new org.bouncycastle.asn1.x509.AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1, org.bouncycastle.asn1.DERNull.INSTANCE));
    org.bouncycastle.asn1.x509.AlgorithmIdentifier mgf1Sha256 = new org.bouncycastle.asn1.x509.AlgorithmIdentifier(PKCSObjectIdentifiers.id_mgf1, sha256);
    assertThrows(PolicyViolationException.class, () -> STANDARD.verify(withPss(good, new org.bouncycastle.asn1.pkcs.RSASSAPSSparams(sha256, mgf1Sha1,
        new org.bouncycastle.asn1.ASN1Integer(32), new org.bouncycastle.asn1.ASN1Integer(1)))));
    assertThrows(PolicyViolationException.class, () -> STANDARD.verify(withPss(good, new org.bouncycastle.asn1.pkcs.RSASSAPSSparams(sha256, mgf1Sha256,
        new org.bouncycastle.asn1.ASN1Integer(0), new org.bouncycastle.asn1.ASN1Integer(1)))));
    // Absent parameters mean SHA-1 (RFC 4055): refused.
    assertThrows(PolicyViolationException.class, () -> STANDARD.verify(withPss(good, new org.bouncycastle.asn1.pkcs.RSASSAPSSparams())));
    assertThrows(PolicyViolationException.class, () -> STANDARD.verify(signedWith("SHA1withECDSA", null, SIGNER)));
    assertEquals("RSASSA-PSS-SHA512 (MGF1-SHA512, salt 64)", STANDARD.verify(signedWith("SHA512withRSAandMGF1", null, rsa)).signatureAlgorithm());
    assertEquals("RSASSA-PSS-SHA256 (MGF1-SHA256, salt 32)", STANDARD.verify(signedWith("SHA256withRSAandMGF1", null, rsa)).signatureAlgorithm());
    assertEquals("ECDSA-SHA256", STANDARD.verify(signedWith("SHA256withECDSA", null, SIGNER)).signatureAlgorithm());
  }

  // ---- recipients bound into the signature --------------------------------------------------

  /** B received a signed and sealed message from A and seals the signed part on to C: C is told. */
  @Test
  void aSignedMessagePassedOnToSomeoneElseIsRefused() {
    Issued bo = CA.issue("bo", Type.X25519);
    Issued cecilia = CA.issue("cecilia", Type.EC_P256);
    SealedMessage toBo = STANDARD.seal(CONTENT, signer(), List.of(bo.certificate()));
    VerifiedMessage atBo = STANDARD.openAndVerify(toBo.encoded(), bo.recipient());
    assertTrue(atBo.recipientsBound());
    assertTrue(atBo.intendedFor(bo.certificate()));
    assertFalse(atBo.intendedFor(cecilia.certificate()));

    byte[] signedPart = STANDARD.open(toBo.encoded(), bo.recipient());
    byte[] passedOn = STANDARD.sealUnsigned(signedPart, List.of(cecilia.certificate())).encoded();
    NotAnIntendedRecipientException e = assertThrows(NotAnIntendedRecipientException.class, () -> STANDARD.openAndVerify(passedOn, cecilia.recipient()));
    assertFalse(e.getMessage().contains("Provsvar"));
    // The signature itself is genuine: read on its own it verifies, naming its recipients.
    VerifiedMessage standalone = STANDARD.verify(signedPart);
    assertTrue(standalone.intendedFor(bo.certificate()));
    assertFalse(standalone.intendedFor(cecilia.certificate()));
  }

  @Test
  void everyNamedRecipientOpensAMessageToSeveral() {
    List<Issued> recipients = List.of(CA.issue("r1", Type.RSA_3072), CA.issue("r2", Type.EC_P256), CA.issue("r3", Type.X25519));
    SealedMessage sealed = STANDARD.seal(CONTENT, signer(), recipients.stream().map(Issued::certificate).toList());
    for (Issued r : recipients) {
      VerifiedMessage v = STANDARD.openAndVerify(sealed.encoded(), r.recipient());
      assertTrue(v.intendedFor(r.certificate()));
    }
  }

  /** A signature that names no recipients (another sender's) is reported as such, and refused where the host requires binding. */
  @Test
  void anUnboundSignatureIsToldAndCanBeRefused() {
    Issued bo = CA.issue("bo-unbound", Type.EC_P256);
    byte[] signed = STANDARD.sign(CONTENT, signer()).encoded();
    byte[] sealed = STANDARD.sealUnsigned(signed, List.of(bo.certificate())).encoded();
    VerifiedMessage v = STANDARD.openAndVerify(sealed, bo.recipient());
    assertFalse(v.recipientsBound());
    assertFalse(v.intendedFor(bo.certificate()));
    SecureEnvelopes strict = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).requireBoundRecipients(true).build();
    assertThrows(PolicyViolationException.class, () -> strict.openAndVerify(sealed, bo.recipient()));
    assertTrue(strict.openAndVerify(STANDARD.seal(CONTENT, signer(), List.of(bo.certificate())).encoded(), bo.recipient()).recipientsBound());
  }
}
