package io.github.trygg.examples.cli;

import io.github.trygg.crypto.seal.NotAnIntendedRecipientException;
import io.github.trygg.crypto.seal.PolicyViolationException;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.TamperedMessageException;
import io.github.trygg.crypto.seal.UntrustedCertificateException;
import io.github.trygg.crypto.seal.VerifiedStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Opens a sealed file and, given trust anchors, verifies who signed it. */
@Command(name = "open", mixinStandardHelpOptions = true,
    header = "Open a sealed file and verify its signature.",
    description = {"Open a CMS message sealed to your certificate (DER or PEM) and check its authentication tag. With --trust the "
        + "signature inside is verified and the signer's certificate path checked; without it the content is decrypted only "
        + "and the output says so.",
        "Files of any size are opened as a stream in bounded memory; the output file appears only once the message has proved authentic.",
        "Exit 0 when opened (and verified); 1 when the message was altered, its signer is not trusted or it was passed on from "
        + "someone else's message; 2 on bad input, including a message not addressed to your certificate."})
final class OpenCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--cert", required = true, paramLabel = "CERT", description = "Your certificate, PEM.")
  Path cert = Path.of("");

  @Option(names = "--key", required = true, paramLabel = "KEY", description = "Your private key, unencrypted PKCS#8 PEM.")
  Path key = Path.of("");

  @Option(names = "--trust", paramLabel = "CA", description = "A trust anchor for the signer, PEM (repeatable).")
  List<Path> trust = new ArrayList<>();

  @Option(names = "--crl", paramLabel = "CRL", description = "A revocation list for the signer's path, PEM or DER (repeatable); needs --trust.")
  List<Path> crls = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the content.")
  Path out = Path.of("");

  @Parameters(paramLabel = "FILE", description = "The sealed message.")
  Path in = Path.of("");

  @Override
  public Integer call() throws IOException {
    RecipientCredential me = RecipientCredential.of(PemFiles.privateKey(key), PemFiles.certificates(cert).get(0));
    PrintWriter stdout = spec.commandLine().getOut();
    if (trust.isEmpty() && !crls.isEmpty()) {
      throw new IllegalArgumentException("--crl checks the signer's path and needs --trust");
    }
    // Streamed into an owner-only temporary file that becomes the output only if the message is
    // authentic: content decrypted before the tag at its end is checked never reaches --out.
    try (InputStream sealed = PemFiles.cmsInput(in)) {
      if (trust.isEmpty()) {
        // Decrypting alone needs no trust anchor; the own certificate stands in for one.
        SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(me.certificate()).build();
        long length = PemFiles.write(out, true, target -> envelopes.open(sealed, target, me));
        stdout.println(String.format(java.util.Locale.ROOT, Words.OPENED_UNCHECKED.in(common.language), length, out));
      } else {
        SecureEnvelopes envelopes = SecureEnvelopes.builder().trustAnchors(PemFiles.certificates(trust)).revocationLists(PemFiles.crls(crls)).build();
        VerifiedStream v = PemFiles.write(out, true, target -> envelopes.openAndVerify(sealed, target, me));
        stdout.println(String.format(java.util.Locale.ROOT, Words.OPENED.in(common.language), v.contentLength(), out,
            v.signer().getSubjectX500Principal().getName(), v.signatureAlgorithm(),
            v.signingTime().map(t -> String.format(java.util.Locale.ROOT, Words.SIGNED_AT.in(common.language), t)).orElse(""),
            v.recipientsBound() ? "" : Words.RECIPIENTS_UNBOUND.in(common.language)));
      }
    } catch (TamperedMessageException | UntrustedCertificateException | PolicyViolationException | NotAnIntendedRecipientException e) {
      spec.commandLine().getErr().println("trygg: refused: " + e.getMessage());
      return Trygg.FINDINGS;
    }
    return Trygg.OK;
  }
}
