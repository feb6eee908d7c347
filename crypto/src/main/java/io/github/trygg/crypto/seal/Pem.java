package io.github.trygg.crypto.seal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/** Reading certificates and PKCS#8 keys from PEM text, and writing messages as PEM. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Pem {
  private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  private Pem() {}

  /**
   * Every certificate in the text, in order; other blocks are skipped.
   *
   * @param pem text with one or more {@code CERTIFICATE} blocks
   * @return the certificates
   * @throws IllegalArgumentException if there is no certificate block or one cannot be read
   */
  public static List<X509Certificate> certificates(String pem) {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      for (byte[] der : blocks(pem, "CERTIFICATE")) {
        out.add((X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException e) {
      throw new IllegalArgumentException("not a readable certificate", e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no CERTIFICATE block in the text");
    }
    return out;
  }

  /**
   * The first certificate in the text.
   *
   * @param pem text with a {@code CERTIFICATE} block
   * @return the certificate
   * @throws IllegalArgumentException if there is no certificate block or it cannot be read
   */
  public static X509Certificate certificate(String pem) {
    return certificates(pem).get(0);
  }

  /**
   * An unencrypted PKCS#8 key ({@code -----BEGIN PRIVATE KEY-----}).
   *
   * @param pem text with a {@code PRIVATE KEY} block
   * @return a handle on the key
   * @throws IllegalArgumentException if there is no such block (encrypted and legacy key formats are
   *     not read) or the key cannot be read
   */
  public static PrivateKeyHandle privateKey(String pem) {
    List<byte[]> blocks = blocks(pem, "PRIVATE KEY");
    if (blocks.isEmpty()) {
      throw new IllegalArgumentException("no PRIVATE KEY block in the text (encrypted and legacy key formats are not read)");
    }
    return PrivateKeyHandle.fromPkcs8(blocks.get(0));
  }

  /**
   * The bytes as a PEM block with this label, 64 characters a line.
   *
   * @param label the block's label, such as {@code CMS} or {@code CERTIFICATE}
   * @param der the bytes to encode
   * @return the PEM text, ending with a line break
   */
  public static String encode(String label, byte[] der) {
    String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
    return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
  }

  private static List<byte[]> blocks(String pem, String label) {
    List<byte[]> out = new ArrayList<>();
    Matcher m = BLOCK.matcher(pem);
    while (m.find()) {
      if (m.group(1).equals(label)) {
        out.add(Base64.getMimeDecoder().decode(m.group(2)));
      }
    }
    return out;
  }
}
