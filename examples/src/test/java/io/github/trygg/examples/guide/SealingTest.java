package io.github.trygg.examples.guide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.seal.UntrustedCertificateException;
import io.github.trygg.examples.Docs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/sealing.md as a reader follows it: its openssl commands, exactly as written, make the
 * certificates; {@link Sealing} seals and opens a letter with them; its openssl commands open the
 * same letter.
 */
class SealingTest {
  private static final String DOC = "docs/sealing.md";
  private static final String PATIENT = "# The patient's certificate";

  @TempDir Path pki;

  @BeforeAll
  static void requireOpenSsl() {
    OpenSsl.require();
  }

  @Test
  void theGuidesCertificatesSealALetterThatTryggAndOpenSslOpen() throws Exception {
    OpenSsl.run(Docs.snippet(DOC, "sealing-certificates"), pki);
    Sealing.Letter letter = Sealing.sealAndOpen(pki);

    byte[] content = letter.opened().content();
    assertEquals("Ditt provsvar är klart.", new String(content, StandardCharsets.UTF_8));
    assertTrue(letter.sealed().signed());
    assertEquals(1, letter.sealed().recipientCount());
    assertTrue(letter.opened().signer().getSubjectX500Principal().getName().contains("CN=Hemtjansten"));
    assertTrue(letter.opened().intendedFor(letter.patientCertificate()), "the signature names the patient as the recipient");

    OpenSsl.run(Docs.snippet(DOC, "sealing-openssl-opens"), pki);
    assertArrayEquals(content, Files.readAllBytes(pki.resolve("letter.txt")));
  }

  /** The usage the guide gives the patient is the one Trygg checks: without it, nothing is sealed. */
  @Test
  void aPatientCertificateWithoutKeyAgreementIsRefused() throws Exception {
    String block = Docs.snippet(DOC, "sealing-certificates");
    int patient = block.indexOf(PATIENT);
    assertTrue(patient > 0 && block.indexOf("keyUsage=critical,keyAgreement", patient) > 0, "the guide gives the patient keyAgreement");
    OpenSsl.run(block.substring(0, patient) + block.substring(patient).replace("keyUsage=critical,keyAgreement", "keyUsage=critical,digitalSignature"), pki);
    UntrustedCertificateException e = assertThrows(UntrustedCertificateException.class, () -> Sealing.sealAndOpen(pki));
    assertEquals(UntrustedCertificateException.Reason.WRONG_KEY_USAGE, e.reason());
    assertTrue(Files.notExists(pki.resolve("letter.p7m")), "nothing was sealed");
  }

  /** The RSA variant the guide describes: a 3072-bit key with keyEncipherment. */
  @Test
  void anRsaPatientWithKeyEnciphermentWorks() throws Exception {
    String block = Docs.snippet(DOC, "sealing-certificates");
    int patient = block.indexOf(PATIENT);
    String rsa = block.substring(patient).replace("-newkey ec -pkeyopt ec_paramgen_curve:P-256", "-newkey rsa:3072")
        .replace("keyUsage=critical,keyAgreement", "keyUsage=critical,keyEncipherment");
    assertTrue(rsa.contains("rsa:3072") && rsa.contains("keyEncipherment"));
    OpenSsl.run(block.substring(0, patient) + rsa, pki);
    assertEquals("RSA", Sealing.sealAndOpen(pki).patientCertificate().getPublicKey().getAlgorithm());
  }

  @Test
  void theCommandsAreSplitAsAShellWould() {
    assertEquals(java.util.List.of(java.util.List.of("openssl", "req", "-subj", "/O=A B/CN=C", "-x", "y")),
        OpenSsl.commands("# a comment\nopenssl req -subj \"/O=A B/CN=C\" \\\n    -x 'y'\n"));
  }
}
