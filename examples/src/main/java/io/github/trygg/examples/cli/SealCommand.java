package io.github.trygg.examples.cli;

import io.github.trygg.crypto.seal.PolicyViolationException;
import io.github.trygg.crypto.seal.SealedStream;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.UntrustedCertificateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Signs and seals a file to recipients' certificates (CMS, readable by openssl cms and S/MIME clients). */
@Command(name = "seal", mixinStandardHelpOptions = true,
    header = "Sign and seal a file to recipients' certificates.",
    description = {"Seal a file as CMS AuthEnvelopedData (AES-256-GCM) to one or more recipient certificates (RSA-OAEP, ECDH P-256, "
        + "X25519), signed first when a sender certificate and key are given. Every certificate is validated against the trust "
        + "anchors before anything is sealed. The output opens with 'trygg open', openssl cms -decrypt and S/MIME mail clients.",
        "Files of any size are sealed as a stream in bounded memory; the output file appears only once it is complete.",
        "Exit 0 when sealed; 1 when a certificate is not trusted or the policy refuses a key; 2 on bad input."})
final class SealCommand implements Callable<Integer> {
  @Mixin Common common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "CERT", description = "A recipient's certificate, PEM (repeatable).")
  List<Path> recipients = new ArrayList<>();

  @Option(names = "--trust", required = true, paramLabel = "CA", description = "A trust anchor, PEM (repeatable); the certificates must lead to one.")
  List<Path> trust = new ArrayList<>();

  @Option(names = "--crl", paramLabel = "CRL", description = "A revocation list, PEM or DER (repeatable); with any given, every certificate needs a current list from its issuer.")
  List<Path> crls = new ArrayList<>();

  @Option(names = "--sign-cert", paramLabel = "CERT", description = "The sender's certificate and chain, PEM: sign, then seal.")
  @Nullable Path signCert;

  @Option(names = "--sign-key", paramLabel = "KEY", description = "The sender's private key, unencrypted PKCS#8 PEM.")
  @Nullable Path signKey;

  @Option(names = "--pem", description = "Write PEM (-----BEGIN CMS-----) instead of DER.")
  boolean pem;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the sealed message.")
  Path out = Path.of("");

  @Parameters(paramLabel = "FILE", description = "The file to seal.")
  Path in = Path.of("");

  @Override
  public Integer call() throws IOException {
    if ((signCert == null) != (signKey == null)) {
      throw new IllegalArgumentException("--sign-cert and --sign-key go together");
    }
    SecureEnvelopes envelopes = SecureEnvelopes.builder().trustAnchors(PemFiles.certificates(trust)).revocationLists(PemFiles.crls(crls)).build();
    List<X509Certificate> to = PemFiles.certificates(recipients);
    SenderCredential sender = signCert == null ? null : SenderCredential.of(PemFiles.privateKey(signKey), PemFiles.certificates(signCert));
    SealedStream sealed;
    try (InputStream content = PemFiles.input(in)) {
      // Streamed: a file of any size seals in bounded memory, and the output appears only when complete.
      sealed = PemFiles.write(out, false, target -> {
        OutputStream sink = pem ? PemFiles.pem(target, "CMS") : target;
        SealedStream s = sender == null ? envelopes.sealUnsigned(content, sink, to) : envelopes.seal(content, sink, sender, to);
        if (pem) {
          sink.close();
        }
        return s;
      });
    } catch (UntrustedCertificateException | PolicyViolationException e) {
      spec.commandLine().getErr().println("trygg: refused: " + e.getMessage());
      return Trygg.FINDINGS;
    }
    io.github.trygg.core.Language lang = common.language;
    spec.commandLine().getOut().println(String.format(java.util.Locale.ROOT, Words.SEALED.in(lang), sealed.contentBytes(), sealed.recipientCount(),
        sealed.recipientCount() == 1 || lang != io.github.trygg.core.Language.ENGLISH ? "" : "s",
        (sealed.signed() ? Words.SIGNED_FIRST : Words.UNSIGNED).in(lang), out, sealed.policy()));
    return Trygg.OK;
  }
}
