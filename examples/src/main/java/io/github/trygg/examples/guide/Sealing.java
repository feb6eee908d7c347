package io.github.trygg.examples.guide;

import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SealedMessage;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.VerifiedMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * docs/sealing.md: a unit signs and seals a letter to a patient with the certificates the guide's
 * openssl commands make, and the patient opens it.
 *
 * <p>Run: {@code java … Sealing DIR}, where DIR holds ca.pem, unit.pem, unit.key, patient.pem and
 * patient.key.
 */
public final class Sealing {
  private Sealing() {}

  /** What the snippet made: the sealed letter and what the patient's side opened. */
  public record Letter(SealedMessage sealed, VerifiedMessage opened, X509Certificate patientCertificate) {}

  public static void main(String[] args) throws IOException {
    sealAndOpen(Path.of(args[0]));
  }

  public static Letter sealAndOpen(Path pki) throws IOException {
    // snippet:start sealing
    X509Certificate ca = Pem.certificate(Files.readString(pki.resolve("ca.pem")));
    X509Certificate patientCertificate = Pem.certificate(Files.readString(pki.resolve("patient.pem")));
    SenderCredential unit = SenderCredential.of(
        Pem.privateKey(Files.readString(pki.resolve("unit.key"))),
        Pem.certificate(Files.readString(pki.resolve("unit.pem"))));
    SecureEnvelopes envelopes = SecureEnvelopes.builder()
        .addTrustAnchor(ca)                             // recipients and signers must chain to it
        .build();
    byte[] content = "Ditt provsvar är klart.".getBytes(StandardCharsets.UTF_8);
    SealedMessage sealed = envelopes.seal(content, unit, List.of(patientCertificate)); // signs, then seals
    Files.write(pki.resolve("letter.p7m"), sealed.encoded());

    // The patient's side: their private key opens the letter, the CA vouches for the signer.
    RecipientCredential patient = RecipientCredential.of(
        Pem.privateKey(Files.readString(pki.resolve("patient.key"))), patientCertificate);
    VerifiedMessage opened = envelopes.openAndVerify(sealed.encoded(), patient);
    System.out.println(new String(opened.content(), StandardCharsets.UTF_8)
        + " (signed by " + opened.signer().getSubjectX500Principal() + ")");
    // snippet:end
    return new Letter(sealed, opened, patientCertificate);
  }
}
