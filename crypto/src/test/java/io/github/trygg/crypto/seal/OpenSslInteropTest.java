package io.github.trygg.crypto.seal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interoperability with a real peer, the {@code openssl cms} command: OpenSSL opens and verifies
 * what Trygg seals and signs, and Trygg opens and verifies what OpenSSL seals and signs. OpenSSL
 * 3.0 writes and reads AuthEnvelopedData with AES-256-GCM; where the installed one cannot, the
 * reading direction falls back to AES-256-CBC EnvelopedData under the legacy policy. OpenSSL 3.0
 * has no X25519 key agreement and no Ed25519 signatures in CMS, so those are covered by the round
 * trips of {@link SecureEnvelopesTest} (and the Ed25519 cases here run once openssl can do them). Without openssl these tests are skipped, unless
 * {@code TRYGG_REQUIRE_OPENSSL} is set (as in CI), when they fail.
 */
class OpenSslInteropTest {
  static final Ca CA = new Ca("Trygg Interop CA");
  static final SecureEnvelopes ENVELOPES = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final byte[] CONTENT = "Kallelse till provtagning.\nDitt provsvar: normalt. Åäö, æøå.\n".getBytes(StandardCharsets.UTF_8);

  @TempDir
  static Path dir;

  static boolean gcm;
  static boolean ed25519;
  static String version = "";

  @BeforeAll
  static void requireOpenSsl() throws Exception {
    boolean present;
    try {
      present = run(List.of("openssl", "version")).exit == 0;
    } catch (IOException e) {
      present = false;
    }
    if (!present) {
      if (System.getenv("TRYGG_REQUIRE_OPENSSL") != null) {
        throw new AssertionError("openssl is required (TRYGG_REQUIRE_OPENSSL is set) but not on the PATH");
      }
      Assumptions.abort("openssl is not installed");
    }
    version = run(List.of("openssl", "version")).output.strip();
    Files.writeString(dir.resolve("ca.pem"), Pem.encode("CERTIFICATE", CA.certificate.getEncoded()));
    write("probe", Type.EC_P256);
    write("probe-ed", Type.ED25519);
    Files.write(dir.resolve("probe.txt"), CONTENT);
    gcm = run(List.of("openssl", "cms", "-encrypt", "-aes-256-gcm", "-binary", "-in", file("probe.txt"), "-outform", "DER", "-out", file("probe.der"),
        "-recip", file("probe.pem"), "-keyopt", "ecdh_kdf_md:sha256")).exit == 0;
    // OpenSSL 3.0 has no Ed25519 in CMS SignedData (no default digest for EdDSA); later versions do.
    ed25519 = run(List.of("openssl", "cms", "-sign", "-binary", "-nodetach", "-in", file("probe.txt"), "-signer", file("probe-ed.pem"), "-inkey", file("probe-ed.key"),
        "-outform", "DER", "-out", file("probe-ed.der"))).exit == 0;
  }

  record Result(int exit, String output) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl timed out");
    return new Result(p.exitValue(), out);
  }

  static void openssl(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("openssl"));
    command.addAll(List.of(args));
    Result r = run(command);
    assertEquals(0, r.exit, () -> String.join(" ", command) + " printed: " + r.output.replace('\n', ' '));
  }

  static String file(String name) {
    return dir.resolve(name).toString();
  }

  /** Writes name.pem and name.key for a fresh end entity. */
  static void assumeOpensslCanSignWith(Type type) {
    Assumptions.assumeTrue(type != Type.ED25519 || ed25519, () -> version + " has no Ed25519 in CMS SignedData");
  }

  static Issued write(String name, Type type) throws Exception {
    Issued issued = CA.issue("interop-" + name + "-" + type, type);
    Files.writeString(dir.resolve(name + ".pem"), Pem.encode("CERTIFICATE", issued.certificate().getEncoded()));
    Files.writeString(dir.resolve(name + ".key"), Pem.encode("PRIVATE KEY", issued.key().getEncoded()));
    return issued;
  }

  static List<String> recipientOptions(Type type) {
    return type == Type.RSA_3072 ? List.of("-keyopt", "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256") : List.of("-keyopt", "ecdh_kdf_md:sha256");
  }

  // ---- OpenSSL reads what Trygg wrote ------------------------------------------------------

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256"})
  void opensslDecryptsWhatTryggSealed(Type type) throws Exception {
    String name = "r-" + type;
    Issued recipient = write(name, type);
    Files.write(dir.resolve(name + ".sealed.der"), ENVELOPES.sealUnsigned(CONTENT, List.of(recipient.certificate())).encoded());
    openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file(name + ".sealed.der"), "-recip", file(name + ".pem"), "-inkey", file(name + ".key"), "-out", file(name + ".out"));
    assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve(name + ".out")));
  }

  /** The second and later messages to a recipient use its prepared key; each has its own ephemeral key. */
  @Test
  void opensslDecryptsEveryMessageToARememberedP256Recipient() throws Exception {
    Issued recipient = write("again", Type.EC_P256);
    for (int i = 0; i < 3; i++) {
      String name = "again-" + i;
      Files.write(dir.resolve(name + ".der"), ENVELOPES.sealUnsigned(CONTENT, List.of(recipient.certificate())).encoded());
      openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file(name + ".der"), "-recip", file("again.pem"), "-inkey", file("again.key"), "-out", file(name + ".out"));
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve(name + ".out")));
    }
  }

  /** Large content has its key agreed on another thread while it is encrypted: the message is still what openssl reads. */
  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256"})
  void opensslDecryptsALargeMessageWhoseKeyWasAgreedWhileItWasEncrypted(Type type) throws Exception {
    String name = "overlap-" + type;
    Issued recipient = write(name, type);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      SecureEnvelopes overlapping = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).executor(pool).build();
      byte[] content = large();
      for (int i = 0; i < 2; i++) {
        Files.write(dir.resolve(name + ".der"), overlapping.sealUnsigned(content, List.of(recipient.certificate())).encoded());
        openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file(name + ".der"), "-recip", file(name + ".pem"), "-inkey", file(name + ".key"), "-out", file(name + ".out"));
        assertArrayEquals(content, Files.readAllBytes(dir.resolve(name + ".out")));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void opensslDecryptsAMessageForSeveralRecipientsAsEachOfThem() throws Exception {
    List<String> names = List.of("many-rsa", "many-ec-1", "many-ec-2");
    List<Issued> recipients = List.of(write(names.get(0), Type.RSA_3072), write(names.get(1), Type.EC_P256), write(names.get(2), Type.EC_P256));
    Files.write(dir.resolve("many.der"), ENVELOPES.sealUnsigned(CONTENT, recipients.stream().map(Issued::certificate).toList()).encoded());
    for (String name : names) {
      openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file("many.der"), "-recip", file(name + ".pem"), "-inkey", file(name + ".key"), "-out", file(name + ".out"));
      assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve(name + ".out")));
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256", "ED25519"})
  void opensslDecryptsAndVerifiesWhatTryggSignedAndSealed(Type signerType) throws Exception {
    assumeOpensslCanSignWith(signerType);
    String name = "s-" + signerType;
    Issued signer = write(name + "-signer", signerType);
    Issued recipient = write(name + "-recipient", Type.RSA_3072);
    SealedMessage sealed = ENVELOPES.seal(CONTENT, SenderCredential.of(signer.handle(), signer.certificate()), List.of(recipient.certificate()));
    Files.writeString(dir.resolve(name + ".sealed.pem"), sealed.toPem());
    openssl("cms", "-decrypt", "-binary", "-inform", "PEM", "-in", file(name + ".sealed.pem"), "-recip", file(name + "-recipient.pem"), "-inkey", file(name + "-recipient.key"),
        "-out", file(name + ".signed.der"));
    openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", file(name + ".signed.der"), "-CAfile", file("ca.pem"), "-out", file(name + ".out"));
    assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve(name + ".out")));
  }

  // ---- Trygg reads what OpenSSL wrote ------------------------------------------------------

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256"})
  void tryggOpensWhatOpensslSealed(Type type) throws Exception {
    String name = "o-" + type;
    Issued recipient = write(name, type);
    Files.write(dir.resolve(name + ".txt"), CONTENT);
    List<String> args = new ArrayList<>(List.of("cms", "-encrypt", gcm ? "-aes-256-gcm" : "-aes-256-cbc", "-binary", "-in", file(name + ".txt"), "-outform", "DER",
        "-out", file(name + ".der"), "-recip", file(name + ".pem")));
    args.addAll(recipientOptions(type));
    openssl(args.toArray(String[]::new));
    Assumptions.assumeTrue(gcm, () -> version + " cannot write AuthEnvelopedData; unsigned CBC is not read");
    assertArrayEquals(CONTENT, ENVELOPES.open(Files.readAllBytes(dir.resolve(name + ".der")), recipient.recipient()));
  }

  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256", "ED25519"})
  void tryggOpensAndVerifiesWhatOpensslSignedAndSealed(Type signerType) throws Exception {
    assumeOpensslCanSignWith(signerType);
    String name = "os-" + signerType;
    Issued signer = write(name + "-signer", signerType);
    Issued recipient = write(name + "-recipient", Type.EC_P256);
    Files.write(dir.resolve(name + ".txt"), CONTENT);
    List<String> sign = new ArrayList<>(List.of("cms", "-sign", "-binary", "-nodetach", "-md", signerType == Type.ED25519 ? "sha512" : "sha256", "-in", file(name + ".txt"), "-signer", file(name + "-signer.pem"),
        "-inkey", file(name + "-signer.key"), "-outform", "DER", "-out", file(name + ".signed.der")));
    if (signerType == Type.RSA_3072) {
      sign.addAll(List.of("-keyopt", "rsa_padding_mode:pss"));
    }
    openssl(sign.toArray(String[]::new));
    List<String> encrypt = new ArrayList<>(List.of("cms", "-encrypt", gcm ? "-aes-256-gcm" : "-aes-256-cbc", "-binary", "-in", file(name + ".signed.der"), "-outform", "DER",
        "-out", file(name + ".der"), "-recip", file(name + "-recipient.pem")));
    encrypt.addAll(recipientOptions(Type.EC_P256));
    openssl(encrypt.toArray(String[]::new));
    SecureEnvelopes reader = gcm ? ENVELOPES : SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
    VerifiedMessage v = reader.openAndVerify(Files.readAllBytes(dir.resolve(name + ".der")), recipient.recipient());
    assertArrayEquals(CONTENT, v.content());
    assertEquals(signer.certificate(), v.signer());
  }

  @Test
  void aPkcs1SignatureFromOpensslIsLegacyOnly() throws Exception {
    Issued signer = write("pkcs1-signer", Type.RSA_3072);
    Files.write(dir.resolve("pkcs1.txt"), CONTENT);
    openssl("cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in", file("pkcs1.txt"), "-signer", file("pkcs1-signer.pem"), "-inkey", file("pkcs1-signer.key"),
        "-outform", "DER", "-out", file("pkcs1.der"));
    byte[] signed = Files.readAllBytes(dir.resolve("pkcs1.der"));
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.verify(signed));
    SecureEnvelopes legacy = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
    assertEquals("RSA-PKCS1-v1_5-SHA256 (legacy)", legacy.verify(signed).signatureAlgorithm());
  }

  // ---- streams, both ways -------------------------------------------------------------------

  static final int LARGE = 5 << 20;

  static byte[] large() {
    byte[] b = new byte[LARGE];
    new java.util.SplittableRandom(LARGE).nextBytes(b);
    return b;
  }

  /** A streamed, signed and sealed message of several megabytes (BER, indefinite lengths): openssl decrypts and verifies it. */
  @ParameterizedTest
  @EnumSource(names = {"RSA_3072", "EC_P256"})
  void opensslReadsAStreamedSignedAndSealedMessage(Type recipientType) throws Exception {
    String name = "stream-" + recipientType;
    Issued signer = write(name + "-signer", Type.EC_P256);
    Issued recipient = write(name + "-recipient", recipientType);
    byte[] content = large();
    try (java.io.OutputStream out = Files.newOutputStream(dir.resolve(name + ".der"))) {
      SealedStream s = ENVELOPES.seal(new java.io.ByteArrayInputStream(content), out, SenderCredential.of(signer.handle(), signer.certificate()),
          List.of(recipient.certificate()));
      assertEquals(LARGE, s.contentBytes());
    }
    openssl("cms", "-decrypt", "-binary", "-inform", "DER", "-in", file(name + ".der"), "-recip", file(name + "-recipient.pem"), "-inkey", file(name + "-recipient.key"),
        "-out", file(name + ".signed.der"));
    openssl("cms", "-verify", "-binary", "-inform", "DER", "-in", file(name + ".signed.der"), "-CAfile", file("ca.pem"), "-out", file(name + ".out"));
    assertArrayEquals(content, Files.readAllBytes(dir.resolve(name + ".out")));
  }

  /** What openssl signs and seals with -stream (BER, indefinite lengths), Trygg opens and verifies as a stream. */
  @Test
  void tryggStreamsWhatOpensslStreamed() throws Exception {
    Assumptions.assumeTrue(gcm, () -> version + " cannot write AuthEnvelopedData");
    String name = "ostream";
    // OpenSSL 3.0 cannot stream an RSASSA-PSS signature; ECDSA streams.
    Issued signer = write(name + "-signer", Type.EC_P256);
    Issued recipient = write(name + "-recipient", Type.EC_P256);
    byte[] content = large();
    Files.write(dir.resolve(name + ".txt"), content);
    openssl("cms", "-sign", "-binary", "-nodetach", "-stream", "-md", "sha256", "-in", file(name + ".txt"),
        "-signer", file(name + "-signer.pem"), "-inkey", file(name + "-signer.key"), "-outform", "DER", "-out", file(name + ".signed.der"));
    List<String> encrypt = new ArrayList<>(List.of("cms", "-encrypt", "-aes-256-gcm", "-binary", "-stream", "-in", file(name + ".signed.der"), "-outform", "DER",
        "-out", file(name + ".der"), "-recip", file(name + "-recipient.pem")));
    encrypt.addAll(recipientOptions(Type.EC_P256));
    openssl(encrypt.toArray(String[]::new));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.InputStream in = Files.newInputStream(dir.resolve(name + ".der"))) {
      VerifiedStream v = ENVELOPES.openAndVerify(in, out, recipient.recipient());
      assertEquals(signer.certificate(), v.signer());
      assertEquals("ECDSA-SHA256", v.signatureAlgorithm());
      assertTrue(!v.recipientsBound(), "openssl names no recipients");
    }
    assertArrayEquals(content, out.toByteArray());
  }

  /**
   * An old peer: openssl's defaults, AES-256-CBC and RSA PKCS#1 v1.5 key transport, around an
   * openssl signature. The legacy policy reads it through the signature (with implicit rejection
   * for the key transport); the standard policy refuses it.
   */
  @Test
  void theLegacyPolicyReadsOpensslsDefaultsThroughTheSignature() throws Exception {
    String name = "legacy";
    Issued signer = write(name + "-signer", Type.EC_P256);
    Issued recipient = write(name + "-recipient", Type.RSA_3072);
    Files.write(dir.resolve(name + ".txt"), CONTENT);
    openssl("cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in", file(name + ".txt"), "-signer", file(name + "-signer.pem"),
        "-inkey", file(name + "-signer.key"), "-outform", "DER", "-out", file(name + ".signed.der"));
    openssl("cms", "-encrypt", "-aes-256-cbc", "-binary", "-in", file(name + ".signed.der"), "-outform", "DER", "-out", file(name + ".der"),
        "-recip", file(name + "-recipient.pem"));
    byte[] sealed = Files.readAllBytes(dir.resolve(name + ".der"));
    assertThrows(PolicyViolationException.class, () -> ENVELOPES.openAndVerify(sealed, recipient.recipient()));
    SecureEnvelopes legacy = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).policy(CryptoPolicy.legacyInterop()).build();
    VerifiedMessage v = legacy.openAndVerify(sealed, recipient.recipient());
    assertArrayEquals(CONTENT, v.content());
    assertEquals(signer.certificate(), v.signer());
    assertThrows(PolicyViolationException.class, () -> legacy.open(sealed, recipient.recipient()));
  }

  @Test
  void opensslSeesTamperingToo() throws Exception {
    Issued recipient = write("tamper", Type.EC_P256);
    byte[] der = ENVELOPES.sealUnsigned(CONTENT, List.of(recipient.certificate())).encoded();
    der[der.length - 30] ^= 1;
    Files.write(dir.resolve("tamper.der"), der);
    Result r = run(List.of("openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", file("tamper.der"), "-recip", file("tamper.pem"), "-inkey", file("tamper.key"),
        "-out", file("tamper.out")));
    assertTrue(r.exit != 0, "openssl accepted a tampered envelope");
  }
}
