package io.github.trygg.examples.cli;

import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.PrivateKeyHandle;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

/** Certificates, keys and CMS files as the tool reads and writes them, with the file named in every error. */
final class PemFiles {
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
    write(target, false, out -> {
      out.write(content);
      return null;
    });
  }

  /** Writes a file through a stream. */
  interface Writing<T> {
    T to(OutputStream out) throws IOException;
  }

  /**
   * Runs {@code writing} into a temporary file beside the target and moves it into place only when
   * it returns: a failure, even halfway through a large file, leaves nothing at the target. With
   * {@code ownerOnly} the file is {@code rw-------} from the start, for content that was sealed.
   */
  static <T> T write(Path target, boolean ownerOnly, Writing<T> writing) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = ownerOnly && dir.getFileSystem().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile(dir, ".trygg", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(dir, ".trygg", ".tmp");
    try {
      T result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        result = writing.to(out);
      }
      Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return result;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** A file to read as a stream, with the file named if it cannot be opened. */
  static InputStream input(Path file) {
    try {
      return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + ": no such file");
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  /**
   * A CMS message as a stream of DER/BER, whether the file holds it as such or as PEM
   * ({@code -----BEGIN CMS-----} or {@code PKCS7}), decoded as it is read.
   */
  static InputStream cmsInput(Path file) throws IOException {
    InputStream in = input(file);
    in.mark(64);
    byte[] start = in.readNBytes(10);
    in.reset();
    if (!new String(start, StandardCharsets.US_ASCII).equals("-----BEGIN")) {
      return in;
    }
    StringBuilder header = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n' && header.length() < 80; c = in.read()) {
      header.append((char) c);
    }
    String line = header.toString().strip();
    if (!line.equals("-----BEGIN CMS-----") && !line.equals("-----BEGIN PKCS7-----")) {
      throw new IllegalArgumentException(file + ": a PEM file without a CMS block; expected -----BEGIN CMS----- or DER");
    }
    // Base64 has no '-': the END line's first dash ends the encoded part.
    InputStream body = new FilterInputStream(in) {
      private boolean ended;

      @Override
      public int read() throws IOException {
        if (ended) {
          return -1;
        }
        int c = super.read();
        if (c == '-') {
          ended = true;
          return -1;
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
          int c = read();
          if (c < 0) {
            break;
          }
          b[off + n++] = (byte) c;
        }
        return n == 0 && len > 0 ? -1 : n;
      }
    };
    return Base64.getMimeDecoder().wrap(body);
  }

  /** PEM ({@code -----BEGIN label-----}, base64 in lines of 64) of what is written to it; {@link OutputStream#close()} ends it and leaves {@code out} open. */
  static OutputStream pem(OutputStream target, String label) throws IOException {
    target.write(("-----BEGIN " + label + "-----\n").getBytes(StandardCharsets.US_ASCII));
    OutputStream open = new FilterOutputStream(target) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
    OutputStream encoder = Base64.getMimeEncoder(64, new byte[] {'\n'}).wrap(open);
    return new FilterOutputStream(encoder) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        encoder.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        encoder.close();
        target.write(("\n-----END " + label + "-----\n").getBytes(StandardCharsets.US_ASCII));
      }
    };
  }
}
