package io.github.trygg.examples.cli;

import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.PrivateKeyHandle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.CRL;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Certificates, keys and CMS files as the tool reads and writes them, with the file named in every error. */
final class PemFiles {
  private static final Pattern CMS = Pattern.compile("-----BEGIN (?:CMS|PKCS7)-----([A-Za-z0-9+/=\\s]*)-----END (?:CMS|PKCS7)-----");

  private PemFiles() {}

  static List<X509Certificate> certificates(Path file) {
    try {
      return Pem.certificates(text(file));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage() + "; expected PEM certificates (-----BEGIN CERTIFICATE-----)");
    }
  }

  static List<X509Certificate> certificates(List<Path> files) {
    List<X509Certificate> out = new ArrayList<>();
    files.forEach(f -> out.addAll(certificates(f)));
    return out;
  }

  /** Certificate revocation lists, PEM (-----BEGIN X509 CRL-----) or DER. */
  static List<X509CRL> crls(List<Path> files) {
    List<X509CRL> out = new ArrayList<>();
    for (Path file : files) {
      byte[] bytes = bytes(file);
      try (InputStream in = new ByteArrayInputStream(bytes)) {
        Collection<? extends CRL> read = CertificateFactory.getInstance("X.509").generateCRLs(in);
        if (read.isEmpty()) {
          throw new IllegalArgumentException(file + ": no revocation list; expected a CRL, PEM (-----BEGIN X509 CRL-----) or DER");
        }
        read.forEach(c -> out.add((X509CRL) c));
      } catch (CRLException | CertificateException | IOException e) {
        throw new IllegalArgumentException(file + ": not a readable revocation list; expected a CRL, PEM (-----BEGIN X509 CRL-----) or DER");
      }
    }
    return out;
  }

  static PrivateKeyHandle privateKey(Path file) {
    try {
      return Pem.privateKey(text(file));
    } catch (IllegalArgumentException e) {
      // The message names the file and what was expected, never the key.
      throw new IllegalArgumentException(file + ": no readable private key; expected an unencrypted PKCS#8 key (-----BEGIN PRIVATE KEY-----)");
    }
  }

  /** A CMS message as DER, whether the file holds DER or PEM. */
  static byte[] cms(Path file) {
    byte[] bytes = bytes(file);
    String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.US_ASCII);
    if (start.contains("-----BEGIN")) {
      Matcher m = CMS.matcher(new String(bytes, StandardCharsets.US_ASCII));
      if (!m.find()) {
        throw new IllegalArgumentException(file + ": a PEM file without a CMS block; expected -----BEGIN CMS----- or DER");
      }
      return Base64.getMimeDecoder().decode(m.group(1));
    }
    return bytes;
  }

  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String text(Path file) {
    return new String(bytes(file), StandardCharsets.US_ASCII);
  }

  /** Writes to a temporary file beside the target and moves it into place, so a failure leaves nothing half-written. */
  static void write(Path target, byte[] content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, ".trygg", ".tmp");
    try {
      Files.write(temp, content);
      Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
