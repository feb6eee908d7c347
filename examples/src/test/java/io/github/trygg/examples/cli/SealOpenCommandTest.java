package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seal and open as a municipality would: certificates from a PKI made with the openssl command
 * (a real peer, not our own code), and the sealed file also opened by openssl cms.
 */
class SealOpenCommandTest {
  @TempDir static Path pki;
  @TempDir Path tmp;

  @BeforeAll
  static void makePki() throws Exception {
    boolean present = Files.isExecutable(Path.of("/usr/bin/openssl")) || Files.isExecutable(Path.of("/usr/local/bin/openssl"));
    if (System.getenv("CI") == null) {
      assumeTrue(present, "openssl not installed");
    }
    Files.writeString(pki.resolve("ee.cnf"), "[ee]\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation,keyAgreement\n"
        + "extendedKeyUsage=emailProtection\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30",
        "-subj", "/CN=Test CA/O=Exempelkommun test", "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    for (String who : List.of("recipient", "sender", "stranger")) {
      openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", who + ".key", "-out", who + ".csr",
          "-subj", "/CN=" + who + "/O=Exempelkommun test");
      openssl("x509", "-req", "-in", who + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", who + ".pem", "-days", "30",
          "-extfile", "ee.cnf", "-extensions", "ee");
    }
    // A revocation list made by openssl's own CA tooling, revoking the stranger's certificate.
    Files.writeString(pki.resolve("ca.cnf"), "[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\ncrlnumber=crlnumber\ndefault_md=sha256\n"
        + "default_crl_days=7\ncertificate=ca.pem\nprivate_key=ca.key\n");
    Files.writeString(pki.resolve("index.txt"), "");
    Files.writeString(pki.resolve("crlnumber"), "01\n");
    openssl("ca", "-config", "ca.cnf", "-revoke", "stranger.pem");
    openssl("ca", "-config", "ca.cnf", "-gencrl", "-out", "crl.pem");
    // A certificate from another CA: not trusted.
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", "other.key", "-out", "other.pem", "-days", "30",
        "-subj", "/CN=Other/O=Elsewhere");
  }

  static String openssl(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("openssl"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).directory(pki.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "openssl timed out");
    assertEquals(0, p.exitValue(), "openssl " + cmd + ": " + out);
    return out;
  }

  String f(String name) {
    return pki.resolve(name).toString();
  }

  @Test
  void signedAndSealedOpensWithTheToolAndWithOpenssl() throws Exception {
    Path letter = tmp.resolve("beslut.txt");
    byte[] content = "Beslut om hemtjänst: beviljas från 1 december.".getBytes(StandardCharsets.UTF_8);
    Files.write(letter, content);
    Path sealed = tmp.resolve("beslut.p7m");
    CliRun seal = CliRun.of("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--sign-cert", f("sender.pem"), "--sign-key", f("sender.key"),
        "--out", sealed.toString(), letter.toString());
    assertEquals(0, seal.exitCode(), seal.toString());
    assertTrue(seal.out().startsWith("sealed " + content.length + " bytes to 1 recipient, signed"), seal.out());
    assertFalse(new String(Files.readAllBytes(sealed), StandardCharsets.ISO_8859_1).contains("hemtjänst"), "the content is encrypted");

    Path opened = tmp.resolve("opened.txt");
    CliRun open = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--trust", f("ca.pem"), "--out", opened.toString(),
        sealed.toString());
    assertEquals(0, open.exitCode(), open.toString());
    assertTrue(open.out().contains("signed by O=Exempelkommun test,CN=sender"), open.out());
    assertArrayEquals(content, Files.readAllBytes(opened));

    // openssl unwraps the envelope and finds our SignedData inside.
    Path inner = tmp.resolve("inner.der");
    openssl("cms", "-decrypt", "-in", sealed.toString(), "-inform", "DER", "-recip", f("recipient.pem"), "-inkey", f("recipient.key"),
        "-out", inner.toString());
    Path verified = tmp.resolve("verified.txt");
    openssl("cms", "-verify", "-in", inner.toString(), "-inform", "DER", "-CAfile", f("ca.pem"), "-out", verified.toString());
    assertArrayEquals(content, Files.readAllBytes(verified));
  }

  /**
   * A file several times larger than the heap is signed, sealed, opened and verified by the tool in
   * a JVM capped at 48 MiB: sealing and opening stream. Then openssl reads the streamed message.
   */
  @Test
  void aFileLargerThanTheHeapSealsAndOpensAsAStream() throws Exception {
    Path big = tmp.resolve("big.bin");
    java.util.SplittableRandom random = new java.util.SplittableRandom(96);
    byte[] block = new byte[1 << 20];
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    try (java.io.OutputStream out = Files.newOutputStream(big)) {
      for (int i = 0; i < 96; i++) {
        random.nextBytes(block);
        crc.update(block);
        out.write(block);
      }
    }
    Path sealed = tmp.resolve("big.p7m");
    Path opened = tmp.resolve("big.out");
    String seal = child("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--sign-cert", f("sender.pem"), "--sign-key", f("sender.key"),
        "--out", sealed.toString(), big.toString());
    assertTrue(seal.contains("sealed " + (96L << 20) + " bytes"), seal);
    String open = child("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--trust", f("ca.pem"), "--out", opened.toString(), sealed.toString());
    assertTrue(open.contains("opened " + (96L << 20) + " bytes"), open);
    java.util.zip.CRC32C back = new java.util.zip.CRC32C();
    try (java.io.InputStream in = Files.newInputStream(opened)) {
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        back.update(block, 0, n);
      }
    }
    assertEquals(crc.getValue(), back.getValue());
    if (opened.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(opened)), "opened content is owner-only");
    }
    Files.delete(opened);
    Path inner = tmp.resolve("big.signed");
    openssl("cms", "-decrypt", "-binary", "-in", sealed.toString(), "-inform", "DER", "-recip", f("recipient.pem"), "-inkey", f("recipient.key"), "-out", inner.toString());
    openssl("cms", "-verify", "-binary", "-in", inner.toString(), "-inform", "DER", "-CAfile", f("ca.pem"), "-out", opened.toString());
    assertEquals(Files.size(big), Files.size(opened));
  }

  /** Runs the tool in a JVM with a 48 MiB heap; returns what it printed, failing unless it exits 0. */
  static String child(String... args) throws Exception {
    String classpath = java.util.stream.Stream.of(System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", ""))
        .flatMap(p -> java.util.stream.Stream.of(p.split(java.io.File.pathSeparator))).filter(p -> !p.isBlank()).distinct()
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx48m", "-cp", classpath,
        Trygg.class.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the tool timed out");
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void pemOutputAndOpeningWithoutTrustSaysTheSignatureWasNotChecked() throws Exception {
    Path letter = tmp.resolve("a.txt");
    Files.writeString(letter, "hej");
    Path sealed = tmp.resolve("a.pem");
    assertEquals(0, CliRun.of("seal", "--pem", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--out", sealed.toString(), letter.toString()).exitCode());
    assertTrue(Files.readString(sealed).startsWith("-----BEGIN CMS-----"));
    CliRun open = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--out", tmp.resolve("o.txt").toString(), sealed.toString());
    assertEquals(0, open.exitCode(), open.toString());
    assertTrue(open.out().contains("signature not checked"), open.out());
    assertEquals("hej", Files.readString(tmp.resolve("o.txt")));
  }

  @Test
  void aRevocationListFromOpensslRefusesTheRevokedAndPassesTheOthers() throws Exception {
    Path letter = tmp.resolve("a.txt");
    Files.writeString(letter, "hej");
    CliRun revoked = CliRun.of("seal", "--to", f("stranger.pem"), "--trust", f("ca.pem"), "--crl", f("crl.pem"), "--out", tmp.resolve("x.p7m").toString(),
        letter.toString());
    assertEquals(Trygg.FINDINGS, revoked.exitCode(), revoked.toString());
    assertTrue(revoked.err().contains("revoked"), revoked.err());
    assertFalse(Files.exists(tmp.resolve("x.p7m")), "nothing written");
    // Sealed before it was known: signed by the stranger, whose certificate the list now revokes.
    Path sealed = tmp.resolve("a.p7m");
    CliRun seal = CliRun.of("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--crl", f("crl.pem"), "--sign-cert", f("sender.pem"),
        "--sign-key", f("sender.key"), "--out", sealed.toString(), letter.toString());
    assertEquals(0, seal.exitCode(), seal.toString());
    Path fromStranger = tmp.resolve("s.p7m");
    assertEquals(0, CliRun.of("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--sign-cert", f("stranger.pem"), "--sign-key", f("stranger.key"),
        "--out", fromStranger.toString(), letter.toString()).exitCode());
    CliRun open = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--trust", f("ca.pem"), "--crl", f("crl.pem"),
        "--out", tmp.resolve("o.txt").toString(), sealed.toString());
    assertEquals(0, open.exitCode(), open.toString());
    CliRun openRevoked = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--trust", f("ca.pem"), "--crl", f("crl.pem"),
        "--out", tmp.resolve("o2.txt").toString(), fromStranger.toString());
    assertEquals(Trygg.FINDINGS, openRevoked.exitCode(), openRevoked.toString());
    assertTrue(openRevoked.err().contains("revoked"), openRevoked.err());
    CliRun notACrl = CliRun.of("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--crl", f("ca.pem"), "--out", tmp.resolve("y.p7m").toString(),
        letter.toString());
    assertEquals(Trygg.BAD_INPUT, notACrl.exitCode(), notACrl.toString());
    assertTrue(notACrl.err().contains("ca.pem: not a readable revocation list"), notACrl.err());
  }

  @Test
  void untrustedRecipientsTamperingAndStrangersAreRefused() throws Exception {
    Path letter = tmp.resolve("a.txt");
    Files.writeString(letter, "hej");
    CliRun untrusted = CliRun.of("seal", "--to", f("other.pem"), "--trust", f("ca.pem"), "--out", tmp.resolve("x.p7m").toString(), letter.toString());
    assertEquals(Trygg.FINDINGS, untrusted.exitCode(), untrusted.toString());
    assertTrue(untrusted.err().startsWith("trygg: refused: "), untrusted.err());
    assertFalse(Files.exists(tmp.resolve("x.p7m")), "nothing written");

    Path sealed = tmp.resolve("a.p7m");
    assertEquals(0, CliRun.of("seal", "--to", f("recipient.pem"), "--trust", f("ca.pem"), "--sign-cert", f("sender.pem"), "--sign-key", f("sender.key"),
        "--out", sealed.toString(), letter.toString()).exitCode());
    byte[] bytes = Files.readAllBytes(sealed);
    bytes[bytes.length - 20] ^= 1;
    Path altered = tmp.resolve("altered.p7m");
    Files.write(altered, bytes);
    CliRun tampered = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.key"), "--trust", f("ca.pem"),
        "--out", tmp.resolve("o.txt").toString(), altered.toString());
    assertEquals(Trygg.FINDINGS, tampered.exitCode(), tampered.toString());
    assertTrue(tampered.err().contains("it was altered"), tampered.err());
    assertFalse(Files.exists(tmp.resolve("o.txt")), "nothing of an altered message is written");

    CliRun stranger = CliRun.of("open", "--cert", f("stranger.pem"), "--key", f("stranger.key"), "--out", tmp.resolve("o.txt").toString(), sealed.toString());
    assertEquals(Trygg.BAD_INPUT, stranger.exitCode(), stranger.toString());
    assertTrue(stranger.err().contains("not addressed to this certificate"), stranger.err());

    CliRun notAKey = CliRun.of("open", "--cert", f("recipient.pem"), "--key", f("recipient.pem"), "--out", tmp.resolve("o.txt").toString(), sealed.toString());
    assertEquals(Trygg.BAD_INPUT, notAKey.exitCode());
    assertTrue(notAKey.err().contains("recipient.pem: no readable private key"), notAKey.err());
    assertFalse(notAKey.err().contains("\tat "));
  }
}
