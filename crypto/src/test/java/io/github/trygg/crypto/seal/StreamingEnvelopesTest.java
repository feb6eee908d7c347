package io.github.trygg.crypto.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import io.github.trygg.crypto.testkit.Seeds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSAuthEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSAuthEnvelopedDataStreamGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SimpleAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeAuthEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.operator.OutputAEADEncryptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sealing and opening streams: the same messages as in memory, in bounded memory, and read by Bouncy Castle too. */
class StreamingEnvelopesTest {
  static final Ca CA = new Ca("Trygg Streaming CA");
  static final SecureEnvelopes ENVELOPES = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final Issued SENDER = CA.issue("stream-sender", Type.ED25519);
  static final Issued EC = CA.issue("stream-ec", Type.EC_P256);
  static final Issued X = CA.issue("stream-x", Type.X25519);
  static final Issued RSA = CA.issue("stream-rsa", Type.RSA_3072);
  static final int MIB = 1 << 20;

  static SenderCredential sender() {
    return SenderCredential.of(SENDER.handle(), SENDER.certificate());
  }

  static byte[] content(int size, long seed) {
    byte[] b = new byte[size];
    new SplittableRandom(seed).nextBytes(b);
    return b;
  }

  static byte[] sealStream(byte[] content, boolean signed, List<Issued> to) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<java.security.cert.X509Certificate> certs = to.stream().map(Issued::certificate).toList();
    SealedStream s = signed ? ENVELOPES.seal(new ByteArrayInputStream(content), out, sender(), certs)
        : ENVELOPES.sealUnsigned(new ByteArrayInputStream(content), out, certs);
    assertEquals(content.length, s.contentBytes());
    assertEquals(out.size(), s.sealedBytes());
    assertEquals(signed, s.signed());
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 15, 16, 17, 65_535, 65_536, 65_537, MIB - 1, MIB, MIB + 1, 3 * MIB + 12_345})
  void streamsRoundTripAtEverySizeAndMeetTheInMemoryMethods(int size) {
    long seed = Seeds.seed();
    byte[] content = content(size, seed);
    byte[] unsigned = sealStream(content, false, List.of(EC, X));
    for (Issued r : List.of(EC, X)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertEquals(size, ENVELOPES.open(new ByteArrayInputStream(unsigned), out, r.recipient()));
      assertArrayEquals(content, out.toByteArray(), () -> "seed " + seed);
      assertArrayEquals(content, ENVELOPES.open(unsigned, r.recipient()), () -> "seed " + seed);
    }
    byte[] signed = sealStream(content, true, List.of(RSA));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    VerifiedStream v = ENVELOPES.openAndVerify(new ByteArrayInputStream(signed), out, RSA.recipient());
    assertArrayEquals(content, out.toByteArray(), () -> "seed " + seed);
    assertEquals(size, v.contentLength());
    assertEquals("Ed25519", v.signatureAlgorithm());
    assertTrue(v.intendedFor(RSA.certificate()));
    assertArrayEquals(content, ENVELOPES.openAndVerify(signed, RSA.recipient()).content());
    // And the other way round: DER sealed in memory opens as a stream.
    byte[] der = ENVELOPES.seal(content, sender(), List.of(EC.certificate())).encoded();
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    ENVELOPES.openAndVerify(new ByteArrayInputStream(der), again, EC.recipient());
    assertArrayEquals(content, again.toByteArray());
  }

  /** Altered anywhere — in the content before or after the first megabyte, in the tag — a long stream fails the one way, for every reader. */
  @Test
  void aLongStreamAlteredAnywhereFailsTheOneWay() {
    byte[] content = content(3 * MIB, 7);
    byte[] sealed = sealStream(content, true, List.of(EC));
    int[] places = {sealed.length / 3, sealed.length / 2, sealed.length - 200, sealed.length - 20};
    for (int at : places) {
      byte[] changed = sealed.clone();
      changed[at] ^= 0x10;
      for (Runnable open : List.<Runnable>of(
          () -> ENVELOPES.open(new ByteArrayInputStream(changed), OutputStream.nullOutputStream(), EC.recipient()),
          () -> ENVELOPES.openAndVerify(new ByteArrayInputStream(changed), OutputStream.nullOutputStream(), EC.recipient()),
          () -> ENVELOPES.open(changed, EC.recipient()),
          () -> ENVELOPES.openAndVerify(changed, EC.recipient()))) {
        RuntimeException e = assertThrows(RuntimeException.class, open::run);
        assertTrue(e instanceof TamperedMessageException || e instanceof MalformedMessageException, () -> "byte " + at + ": " + e);
        if (e instanceof TamperedMessageException) {
          assertNull(e.getCause());
        }
      }
    }
  }

  /** A stream cut short is never taken for a message. */
  @Test
  void aTruncatedStreamIsRefused() {
    byte[] sealed = sealStream(content(2 * MIB + 5, 3), false, List.of(EC));
    for (int keep : new int[] {10, 200, MIB, 2 * MIB, sealed.length - 30, sealed.length - 2}) {
      byte[] cut = java.util.Arrays.copyOf(sealed, keep);
      RuntimeException e = assertThrows(RuntimeException.class, () -> ENVELOPES.open(new ByteArrayInputStream(cut), OutputStream.nullOutputStream(), EC.recipient()));
      assertTrue(e instanceof MalformedMessageException || e instanceof TamperedMessageException, () -> keep + ": " + e);
    }
  }

  /** Bouncy Castle's own reader opens what is streamed here (BER, indefinite lengths). */
  @Test
  void bouncyCastleOpensAStreamedMessage() throws Exception {
    byte[] content = content(100_000, 11);
    byte[] sealed = sealStream(content, false, List.of(EC));
    RecipientInformation info = new CMSAuthEnvelopedData(sealed).getRecipientInfos().get(new JceKeyAgreeRecipientId(EC.certificate()));
    assertArrayEquals(content, info.getContent(new JceKeyAgreeAuthEnvelopedRecipient(EC.key()).setProvider(TestPki.BC)));
  }

  static JceKeyAgreeRecipientInfoGenerator agree(Issued to) throws Exception {
    return (JceKeyAgreeRecipientInfoGenerator) new JceKeyAgreeRecipientInfoGenerator(CMSAlgorithm.ECDH_SHA256KDF, to.key(),
        to.certificate().getPublicKey(), CMSAlgorithm.AES256_WRAP).addRecipient(to.certificate()).setProvider(TestPki.BC);
  }

  /** What Bouncy Castle streams, and authenticated attributes (associated data that arrives after the content), open here. */
  @ParameterizedTest
  @ValueSource(ints = {1000, 2 * MIB + 33})
  void bouncyCastleStreamsAndAuthenticatedAttributesOpen(int size) throws Exception {
    byte[] content = content(size, size);
    AttributeTable attributes = new AttributeTable(new Attribute(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.3.4.5"), new DERSet(new DERPrintableString("attr"))));
    CMSAuthEnvelopedDataStreamGenerator g = new CMSAuthEnvelopedDataStreamGenerator();
    g.addRecipientInfoGenerator(agree(EC));
    g.setAuthenticatedAttributeGenerator(new SimpleAttributeTableGenerator(attributes));
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    try (OutputStream out = g.open(sealed, (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(TestPki.BC).build())) {
      out.write(content);
    }
    ByteArrayOutputStream opened = new ByteArrayOutputStream();
    ENVELOPES.open(new ByteArrayInputStream(sealed.toByteArray()), opened, EC.recipient());
    assertArrayEquals(content, opened.toByteArray());

    CMSAuthEnvelopedDataGenerator der = new CMSAuthEnvelopedDataGenerator();
    der.addRecipientInfoGenerator(agree(EC));
    der.setAuthenticatedAttributeGenerator(new SimpleAttributeTableGenerator(attributes));
    byte[] message = der.generate(new CMSProcessableByteArray(content),
        (OutputAEADEncryptor) new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_GCM).setProvider(TestPki.BC).build()).getEncoded();
    assertArrayEquals(content, ENVELOPES.open(message, EC.recipient()));
    // The attributes are authenticated: changing one fails the tag.
    String text = new String(message, java.nio.charset.StandardCharsets.ISO_8859_1);
    int at = text.lastIndexOf("attr");
    message[at] ^= 1;
    assertThrows(TamperedMessageException.class, () -> ENVELOPES.open(message, EC.recipient()));
  }
}
