package io.github.trygg.crypto.internal.seal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * CMS sealing, opening, signing and verifying, with the content encrypted by the JDK's AES-GCM
 * and Bouncy Castle's structures around it. Recipients by key type: RSA by RSAES-OAEP with SHA-256;
 * P-256 by ephemeral-static ECDH with the X9.63 SHA-256 KDF and AES-256 key wrap (RFC 5753); X25519
 * by ECDH with HKDF-SHA-256 and AES-256 key wrap (RFC 8418), without user keying material. Messages
 * of any size are sealed and opened as streams; a message held in memory is sealed as DER in one
 * buffer.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Cms {
  private Cms() {}

  // ---- sealing ------------------------------------------------------------------------------

  /**
   * Content at least this long has its recipient infos made on another thread while it is
   * encrypted; below it the encryption is too short to hide anything behind.
   */
  static final int OVERLAP_FROM = 128 << 10;

  /** As {@link #seal(byte[], List, SecureRandom, Executor)}, all on the calling thread. */
  public static byte[] seal(byte[] content, List<SealRecipient> recipients, SecureRandom random) {
    return seal(content, recipients, random, Runnable::run);
  }

  /**
   * An AuthEnvelopedData (AES-256-GCM) of {@code content} as id-data, to every certificate, DER.
   * {@link SealRecipient} makes the recipient infos; the message around them is written here in one
   * buffer of the exact size, with the content encrypted straight into its place, so a large
   * message is not copied again and again by a general-purpose encoder.
   *
   * <p>The key agreement (or key transport) and the content encryption need nothing from each
   * other but the content key, so for long content the recipient infos are made on {@code helper}
   * while this thread encrypts: the layout is fixed in advance from each recipient's {@link
   * SealRecipient#infoLength()}. If no helper thread takes the work in time, this thread does it
   * after the encryption ({@link Overlap}); the message is the same either way.
   */
  public static byte[] seal(byte[] content, List<SealRecipient> recipients, SecureRandom random, Executor helper) {
    try {
      JdkGcm.Encryptor encryptor = new JdkGcm.Encryptor(random);
      if (content.length < OVERLAP_FROM) {
        return authEnvelopedData(recipientInfos(recipients, encryptor, random), encryptor, content);
      }
      Overlap<byte[]> infos = Overlap.start(helper, () -> recipientInfos(recipients, encryptor, random));
      int expected = 0;
      for (SealRecipient recipient : recipients) {
        expected += recipient.infoLength();
      }
      Layout layout = new Layout(tlv(expected), der(encryptor.algorithm()), content.length);
      byte[] out = new byte[layout.total];
      encryptor.encryptInto(content, out, layout.contentAt);
      return layout.finish(out, infos.join());
    } catch (CmsFailure e) {
      throw e;
    } catch (Exception e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "sealing failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** The DER SET of every recipient's RecipientInfo, each with its own fresh ephemeral key where it agrees one. */
  static byte[] recipientInfos(List<SealRecipient> recipients, JdkGcm.Encryptor encryptor, SecureRandom random)
      throws CMSException, GeneralSecurityException, IOException {
    ASN1EncodableVector infos = new ASN1EncodableVector(recipients.size());
    for (SealRecipient recipient : recipients) {
      infos.add(recipient.recipientInfo(encryptor, random));
    }
    return new DERSet(infos).getEncoded(ASN1Encoding.DER);
  }

  private static byte[] authEnvelopedData(byte[] recipientInfos, JdkGcm.Encryptor encryptor, byte[] content) throws IOException {
    Layout layout = new Layout(recipientInfos.length, der(encryptor.algorithm()), content.length);
    byte[] out = new byte[layout.total];
    encryptor.encryptInto(content, out, layout.contentAt);
    return layout.finish(out, recipientInfos);
  }

  /**
   * ContentInfo { authEnvelopedData, [0] AuthEnvelopedData { version 0, recipientInfos,
   * EncryptedContentInfo { id-data, AES-256-GCM parameters, [0] ciphertext }, mac } } (RFC 5083),
   * laid out for recipient infos of a given length: where the ciphertext goes, and the rest
   * written around it once the infos are there.
   */
  static final class Layout {
    private static final byte[] CONTENT_INFO_TYPE = der(CMSObjectIdentifiers.authEnvelopedData);
    private static final byte[] VERSION = der(new ASN1Integer(0));
    private static final byte[] DATA_TYPE = der(CMSObjectIdentifiers.data);

    final int infosLength;
    final byte[] algorithm;
    final int n;
    final int total;
    final int contentAt;

    Layout(int infosLength, byte[] algorithm, int n) {
      this.infosLength = infosLength;
      this.algorithm = algorithm;
      this.n = n;
      this.total = tlv(CONTENT_INFO_TYPE.length + tlv(authEnveloped()));
      // The ciphertext ends where the mac, the last element of the message, begins.
      this.contentAt = total - (n + tlv(JdkGcm.TAG_BYTES));
    }

    private int encryptedContentInfo() {
      return tlv(DATA_TYPE.length + algorithm.length + tlv(n));
    }

    private int authEnveloped() {
      return tlv(VERSION.length + infosLength + encryptedContentInfo() + tlv(JdkGcm.TAG_BYTES));
    }

    /**
     * Writes everything but the ciphertext around it (which {@code out} holds at {@link
     * #contentAt}, followed by the JDK's tag) and returns the message. Recipient infos of another
     * length than laid out for move the ciphertext once into a new buffer; the message is the same.
     */
    byte[] finish(byte[] out, byte[] infos) {
      if (infos.length != infosLength) {
        Layout actual = new Layout(infos.length, algorithm, n);
        byte[] moved = new byte[actual.total];
        System.arraycopy(out, contentAt, moved, actual.contentAt, n + JdkGcm.TAG_BYTES);
        return actual.finish(moved, infos);
      }
      int at = header(out, 0, 0x30, CONTENT_INFO_TYPE.length + tlv(authEnveloped()));
      at = put(out, at, CONTENT_INFO_TYPE);
      at = header(out, at, 0xA0, authEnveloped());
      at = header(out, at, 0x30, VERSION.length + infosLength + encryptedContentInfo() + tlv(JdkGcm.TAG_BYTES));
      at = put(out, at, VERSION);
      at = put(out, at, infos);
      at = header(out, at, 0x30, DATA_TYPE.length + algorithm.length + tlv(n));
      at = put(out, at, DATA_TYPE);
      at = put(out, at, algorithm);
      at = header(out, at, 0x80, n);
      if (at != contentAt) {
        throw new IllegalStateException("the ciphertext is at " + contentAt + ", its header ends at " + at);
      }
      // The JDK writes ciphertext and tag together; the tag then moves behind the mac header.
      byte[] tag = Arrays.copyOfRange(out, at + n, at + n + JdkGcm.TAG_BYTES);
      at = header(out, at + n, 0x04, JdkGcm.TAG_BYTES);
      at = put(out, at, tag);
      if (at != total) {
        throw new IllegalStateException("encoded " + at + " of " + total + " bytes");
      }
      return out;
    }
  }

  private static byte[] der(org.bouncycastle.asn1.ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The size of a DER element with {@code length} content bytes. */
  private static int tlv(int length) {
    return 1 + lengthBytes(length) + length;
  }

  private static int lengthBytes(int length) {
    return length < 0x80 ? 1 : length < 0x100 ? 2 : length < 0x10000 ? 3 : length < 0x1000000 ? 4 : 5;
  }

  private static int header(byte[] out, int at, int tag, int length) {
    out[at++] = (byte) tag;
    int bytes = lengthBytes(length);
    if (bytes == 1) {
      out[at++] = (byte) length;
    } else {
      out[at++] = (byte) (0x80 | (bytes - 1));
      for (int shift = 8 * (bytes - 2); shift >= 0; shift -= 8) {
        out[at++] = (byte) (length >>> shift);
      }
    }
    return at;
  }

  private static int put(byte[] out, int at, byte[] bytes) {
    System.arraycopy(bytes, 0, out, at, bytes.length);
    return at + bytes.length;
  }

  /**
   * An AuthEnvelopedData of whatever {@code in} holds, to every recipient, written to {@code out} as
   * it is read (BER, indefinite lengths; {@code openssl cms} reads it). With a signer, the content is
   * first wrapped in a SignedData, streamed the same way. Neither stream is closed.
   *
   * @return the content bytes read and the sealed bytes written
   */
  public static long[] seal(InputStream in, OutputStream out, List<SealRecipient> recipients, SecureRandom random, @Nullable Signing signing) {
    try {
      JdkGcm.Encryptor encryptor = new JdkGcm.Encryptor(random);
      byte[] infos = recipientInfos(recipients, encryptor, random);
      Counting counted = new Counting(out);
      BufferedOutputStream buffered = new BufferedOutputStream(counted, 1 << 16);
      Envelopes.Writer envelope = new Envelopes.Writer(buffered, infos, encryptor);
      OutputStream content = envelope;
      SignedStreams.Writer signed = null;
      if (signing != null) {
        signed = new SignedStreams.Writer(envelope, signerInfoGenerator(signing), signing.chain());
        content = signed;
      }
      byte[] buffer = new byte[JdkGcm.PIECE];
      long read = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        content.write(buffer, 0, n);
        read += n;
      }
      if (signed != null) {
        signed.close();
      }
      envelope.close();
      buffered.flush();
      return new long[] {read, counted.count};
    } catch (CMSException | GeneralSecurityException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "sealing failed: " + e.getClass().getSimpleName(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What signing needs: the key, the chain (signer first), the JCA signature algorithm and the attributes to sign besides the standard ones. */
  public record Signing(PrivateKey key, List<X509Certificate> chain, String jcaAlgorithm, @Nullable List<X509Certificate> recipients,
      SignedAttributes.@Nullable Decision decision) {}

  private static SignerInfoGenerator signerInfoGenerator(Signing signing) {
    try {
      ContentSigner signer = new JcaContentSignerBuilder(signing.jcaAlgorithm()).setProvider(Bc.PROVIDER).build(signing.key());
      return new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
          .setSignedAttributeGenerator(new DefaultSignedAttributeTableGenerator(SignedAttributes.of(signing.recipients(), signing.decision())))
          .build(signer, signing.chain().get(0));
    } catch (OperatorCreationException | CertificateEncodingException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signing failed: " + e.getClass().getSimpleName(), e);
    }
  }

  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }

  // ---- opening ------------------------------------------------------------------------------

  /**
   * The content of an AuthEnvelopedData (or, with {@code cbc} under the legacy policy, a classic
   * EnvelopedData) for the holder of {@code key}, whose certificate is {@code cert}, as a stream that
   * throws {@link CmsFailure#undecryptable()} at its end unless the content is authentic. Content
   * of up to a megabyte is authenticated before any of it is returned; longer content is returned
   * as it is decrypted, and must be discarded if the stream throws.
   */
  public static Opened open(InputStream sealed, X509Certificate cert, PrivateKey key, boolean legacy, boolean cbc) {
    Envelopes.Opened o = Envelopes.open(sealed, cert, key, legacy, cbc);
    return new Opened(o.content(), o.authenticated());
  }

  /** An opened message's content stream, and whether its end vouches for it (false for legacy CBC). */
  public record Opened(InputStream content, boolean authenticated) {}

  // ---- signing ------------------------------------------------------------------------------

  /** An encapsulated SignedData over {@code content}, DER, with the chain's certificates and the signed attributes of {@code signing}. */
  public static byte[] sign(byte[] content, Signing signing) {
    try {
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(signerInfoGenerator(signing));
      generator.addCertificates(new JcaCertStore(signing.chain()));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded(ASN1Encoding.DER);
    } catch (CMSException | CertificateEncodingException | IOException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signing failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** What a verified signature says. */
  public record Verified(X509Certificate signer, List<X509Certificate> certificates, String signatureAlgorithm, Optional<Instant> signingTime,
      Optional<List<byte[]>> recipients, Optional<SignedAttributes.Decision> decision, long contentLength) {}

  /**
   * Reads an encapsulated SignedData, streams its content to {@code content} and checks its one
   * signature with the certificate it carries; the caller still has to validate that certificate's
   * path. Content written before a failure is unverified.
   */
  public static Verified verify(InputStream signed, OutputStream content, boolean legacy) {
    SignedStreams.Verified v = SignedStreams.read(signed, content, legacy);
    return new Verified(v.signer(), v.certificates(), v.signatureAlgorithm(), v.signingTime(), v.recipients(), v.decision(), v.contentLength());
  }

  // ---- helpers ------------------------------------------------------------------------------

  static CmsFailure asFailure(Exception e, CmsFailure.Kind otherwise, String message) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof CmsFailure f) {
        return f;
      }
      t = t.getCause();
    }
    // The message reaches whoever sent the bytes: it says what could not be read, not which parser
    // class gave up (that is in the cause, for --stacktrace).
    return new CmsFailure(otherwise, message, e);
  }
}
