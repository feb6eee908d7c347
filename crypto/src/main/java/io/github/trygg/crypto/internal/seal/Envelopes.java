package io.github.trygg.crypto.internal.seal;

import java.util.Objects;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.GCMParameters;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

/**
 * Enveloped messages as streams. Writing: AuthEnvelopedData with AES-256-GCM in BER of indefinite
 * length, the content encrypted piece by piece into octet segments. Reading: the structure around
 * the content with {@link BerReader}, this recipient's content key with {@link ContentKeys}, the
 * content with {@link GcmOpener}; and, for the legacy policy, EnvelopedData with AES-CBC, whose
 * content is unauthenticated and is only ever given to a signature check.
 */
final class Envelopes {
  private static final Map<ASN1ObjectIdentifier, Integer> CBC_KEYS = Map.of(
      NISTObjectIdentifiers.id_aes128_CBC, 16, NISTObjectIdentifiers.id_aes192_CBC, 24, NISTObjectIdentifiers.id_aes256_CBC, 32);

  private Envelopes() {}

  // ---- writing ------------------------------------------------------------------------------

  /**
   * An AuthEnvelopedData around whatever is written to it: the headers at once, the content
   * encrypted and framed as it comes, the tag on {@link #close()}. The target is not closed.
   */
  static final class Writer extends OutputStream {
    private final OutputStream out;
    private final JdkGcm.Encryptor encryptor;
    private final GcmStream gcm;
    private final byte[] ciphertext = new byte[JdkGcm.PIECE + 32];
    private long written;
    private boolean closed;

    Writer(OutputStream out, byte[] recipientInfos, JdkGcm.Encryptor encryptor) throws IOException {
      this.out = out;
      this.encryptor = encryptor;
      this.gcm = encryptor.stream();
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, CMSObjectIdentifiers.authEnvelopedData);
      Der.open(out, 0xA0);
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, new ASN1Integer(0));
      out.write(recipientInfos);
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, CMSObjectIdentifiers.data);
      Der.write(out, encryptor.algorithm());
      Der.open(out, 0xA0);
    }

    /** Content bytes taken so far. */
    long written() {
      return written;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      while (len > 0) {
        int n = Math.min(len, JdkGcm.PIECE);
        int c = gcm.encrypt(b, off, n, ciphertext, 0);
        if (c > 0) {
          Der.segment(out, ciphertext, 0, c);
        }
        off += n;
        len -= n;
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      int held = gcm.finish(ciphertext, 0);
      if (held > 0) {
        Der.segment(out, ciphertext, 0, held);
      }
      byte[] tag = gcm.tag(new byte[0]);
      Der.close(out); // [0] encrypted content
      Der.close(out); // encrypted content info
      Der.header(out, BerReader.OCTET_STRING, JdkGcm.TAG_BYTES);
      out.write(tag);
      Der.close(out); // auth enveloped data
      Der.close(out); // [0]
      Der.close(out); // content info
      out.flush();
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * The content of an enveloped message for the holder of {@code key}, as a stream that ends only
   * once the content is authenticated (see {@link GcmOpener}). With {@code cbc}, an EnvelopedData
   * (legacy AES-CBC) is read too; its content comes back whole and unauthenticated, and {@link
   * Opened#authenticated()} is false.
   */
  static Opened open(InputStream sealed, X509Certificate certificate, PrivateKey key, boolean legacy, boolean cbc) {
    try {
      return openChecked(sealed, certificate, key, legacy, cbc);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (CmsFailure e) {
      throw e;
    } catch (RuntimeException e) {
      throw Cms.asFailure(e, CmsFailure.Kind.MALFORMED, "unreadable enveloped message");
    }
  }

  /** The content stream, and whether it is authenticated by the time it ends. */
  record Opened(InputStream content, boolean authenticated) {}

  private static Opened openChecked(InputStream input, X509Certificate certificate, PrivateKey key, boolean legacy, boolean cbc) throws IOException {
    BerReader r = new BerReader(input instanceof BufferedInputStream || input instanceof ByteArrayInputStream ? input : new BufferedInputStream(input, 1 << 16));
    if (r.peek() != BerReader.SEQUENCE) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not a CMS message");
    }
    BerReader.Frame contentInfo = r.open(r.expect(BerReader.SEQUENCE, "the ContentInfo"), "the ContentInfo");
    ASN1ObjectIdentifier type = ASN1ObjectIdentifier.getInstance(SignedStreams.parse(r.element(CmsLimits.ELEMENT, "the content type")));
    boolean authenticated = CMSObjectIdentifiers.authEnvelopedData.equals(type);
    if (!authenticated) {
      if (!CMSObjectIdentifiers.envelopedData.equals(type)) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not an enveloped message (content type " + type + ")");
      }
      if (!legacy) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "an EnvelopedData without authentication; the policy requires AuthEnvelopedData");
      }
      if (!cbc) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED,
            "an EnvelopedData (AES-CBC) is not authenticated; the legacy policy opens it only together with its signature (openAndVerify)");
      }
    }
    BerReader.Frame explicit = r.open(r.expect(0xA0, "the enveloped data"), "the enveloped data");
    BerReader.Frame enveloped = r.open(r.expect(BerReader.SEQUENCE, "the enveloped data"), "the enveloped data");
    r.skip(CmsLimits.ELEMENT, "the version");
    if (r.peek() == 0xA0) {
      r.skip(2 * CmsLimits.CERTIFICATES, "the originator info");
    }
    byte[] infos = r.element(CmsLimits.RECIPIENT_INFOS, "the recipient infos");
    ASN1Set recipientInfos = ASN1Set.getInstance(SignedStreams.parse(infos));
    BerReader.Frame encrypted = r.open(r.expect(BerReader.SEQUENCE, "the encrypted content info"), "the encrypted content info");
    r.skip(CmsLimits.ELEMENT, "the content type");
    AlgorithmIdentifier algorithm = AlgorithmIdentifier.getInstance(SignedStreams.parse(r.element(CmsLimits.ELEMENT, "the content encryption algorithm")));
    if (r.atEnd(encrypted)) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the message does not contain its encrypted content");
    }
    BerReader.Header body = r.header("the encrypted content");
    if (body.tag() != 0x80 && body.tag() != 0xA0) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the encrypted content is not [0] IMPLICIT OCTET STRING");
    }
    // Everything the message shows openly is checked before the private key is used.
    byte[] nonce = null;
    byte[] iv = null;
    int keyBytes;
    if (authenticated) {
      nonce = gcmNonce(algorithm);
      keyBytes = 32;
    } else {
      Integer k = CBC_KEYS.get(algorithm.getAlgorithm());
      if (k == null) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "content encryption " + algorithm.getAlgorithm() + " is not allowed by the legacy policy");
      }
      keyBytes = k;
      try {
        iv = ASN1OctetString.getInstance(algorithm.getParameters()).getOctets();
      } catch (RuntimeException e) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable AES-CBC parameters");
      }
      if (iv.length != 16) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an AES-CBC initialisation vector of " + iv.length + " bytes");
      }
    }
    RecipientInfo mine = ContentKeys.find(recipientInfos, certificate);
    if (mine == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_A_RECIPIENT, "the message is not addressed to this certificate");
    }
    byte[] contentKey = ContentKeys.recover(mine, certificate, key, algorithm, keyBytes, legacy);
    SecretKeySpec secret = new SecretKeySpec(contentKey, "AES");
    Arrays.fill(contentKey, (byte) 0);
    InputStream octets = r.octets(body, "the encrypted content");
    if (authenticated) {
      GcmOpener.Trailer trailer = () -> {
        r.close(encrypted, "the encrypted content info");
        byte[] aad = new byte[0];
        if (r.peek() == 0xA1) {
          ASN1TaggedObject attributes = (ASN1TaggedObject) SignedStreams.parse(r.element(CmsLimits.ATTRIBUTES, "the authenticated attributes"));
          aad = ASN1Set.getInstance(attributes, false).getEncoded(ASN1Encoding.DER);
        }
        byte[] mac = r.content(r.expect(BerReader.OCTET_STRING, "the mac"), 64, "the mac");
        if (!r.atEnd(enveloped) && r.peek() == 0xA2) {
          r.skip(CmsLimits.ATTRIBUTES, "the unauthenticated attributes");
        }
        end(r, enveloped, explicit, contentInfo);
        return new GcmOpener.Tail(aad, mac);
      };
      return new Opened(new GcmOpener(secret, Objects.requireNonNull(nonce), octets, trailer), true);
    }
    byte[] ciphertext = readAll(octets);
    r.close(encrypted, "the encrypted content info");
    if (!r.atEnd(enveloped) && r.peek() == 0xA1) {
      r.skip(CmsLimits.ATTRIBUTES, "the unprotected attributes");
    }
    end(r, enveloped, explicit, contentInfo);
    if (ciphertext.length == 0 || ciphertext.length % 16 != 0) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "AES-CBC content of " + ciphertext.length + " bytes, not whole blocks");
    }
    return new Opened(new ByteArrayInputStream(cbc(secret, Objects.requireNonNull(iv), ciphertext)), false);
  }

  private static void end(BerReader r, BerReader.Frame enveloped, BerReader.Frame explicit, BerReader.Frame contentInfo) throws IOException {
    r.close(enveloped, "the enveloped data");
    r.close(explicit, "the enveloped data");
    r.close(contentInfo, "the ContentInfo");
    if (r.peek() != -1) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "data after the enveloped message");
    }
  }

  private static byte[] gcmNonce(AlgorithmIdentifier algorithm) {
    if (!NISTObjectIdentifiers.id_aes256_GCM.equals(algorithm.getAlgorithm())) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "content encryption " + algorithm.getAlgorithm() + " is not AES-256-GCM");
    }
    GCMParameters params;
    try {
      params = GCMParameters.getInstance(algorithm.getParameters());
    } catch (RuntimeException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable AES-GCM parameters", e);
    }
    if (params.getIcvLen() != JdkGcm.TAG_BYTES || params.getNonce().length != JdkGcm.NONCE_BYTES) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "AES-GCM with a " + params.getIcvLen() + "-byte tag and a " + params.getNonce().length + "-byte nonce");
    }
    return params.getNonce();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      if (out.size() + (long) n > CmsLimits.IN_MEMORY) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "legacy content larger than can be held");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * AES-CBC without the provider's padding check, then PKCS#7 padding removed branch-free: invalid
   * padding removes nothing and adds a zero octet, and the content goes on to its signature check,
   * which then fails the same way as for any other alteration. Nothing here tells valid padding from invalid.
   */
  private static byte[] cbc(SecretKeySpec key, byte[] iv, byte[] ciphertext) {
    byte[] plain;
    try {
      Cipher cipher = JdkGcm.cipher("AES/CBC/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new IvParameterSpec(iv));
      plain = cipher.doFinal(ciphertext);
    } catch (GeneralSecurityException e) {
      throw CmsFailure.undecryptable();
    }
    int n = plain.length;
    int pad = plain[n - 1] & 0xff;
    // valid when 1 <= pad <= 16 and the last pad bytes all equal pad
    int bad = ((pad - 1) >> 31) | ((16 - pad) >> 31);
    for (int i = 1; i <= 16; i++) {
      int inPad = ((i - pad - 1) >> 31); // -1 when i <= pad
      bad |= inPad & ((plain[n - i] & 0xff) ^ pad);
    }
    int valid = ((bad & 0x1ff) - 1) >> 31; // -1 when bad == 0
    // Invalid padding adds one octet instead: content that ends where a whole block of padding was
    // cut off would otherwise still be the signed message, and cutting it off would be an oracle.
    int length = n - (pad & valid) + (1 & ~valid);
    return Arrays.copyOf(plain, length);
  }
}
