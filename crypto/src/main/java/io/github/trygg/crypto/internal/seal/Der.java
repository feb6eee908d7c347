package io.github.trygg.crypto.internal.seal;

import java.io.IOException;
import java.io.OutputStream;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;

/** Writes the BER framing of streamed CMS: headers of indefinite or definite length, end-of-contents, segments. */
final class Der {
  static final byte[] END = {0, 0};

  private Der() {}

  /** An identifier octet followed by the indefinite-length octet. */
  static void open(OutputStream out, int tag) throws IOException {
    out.write(tag);
    out.write(0x80);
  }

  static void close(OutputStream out) throws IOException {
    out.write(END);
  }

  static void header(OutputStream out, int tag, long length) throws IOException {
    out.write(tag);
    if (length < 0x80) {
      out.write((int) length);
      return;
    }
    int bytes = (64 - Long.numberOfLeadingZeros(length) + 7) / 8;
    out.write(0x80 | bytes);
    for (int shift = 8 * (bytes - 1); shift >= 0; shift -= 8) {
      out.write((int) (length >>> shift));
    }
  }

  static void write(OutputStream out, ASN1Encodable value) throws IOException {
    out.write(value.toASN1Primitive().getEncoded(ASN1Encoding.DER));
  }

  /** One primitive OCTET STRING segment of a constructed octet string. */
  static void segment(OutputStream out, byte[] b, int off, int len) throws IOException {
    header(out, BerReader.OCTET_STRING, len);
    out.write(b, off, len);
  }
}
