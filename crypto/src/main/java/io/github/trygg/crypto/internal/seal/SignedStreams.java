package io.github.trygg.crypto.internal.seal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSASSAPSSparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;
import org.jspecify.annotations.Nullable;

/**
 * CMS SignedData written and read as streams, content encapsulated: the writer frames the content
 * in BER octet segments as it goes and adds the signer info at the end; the reader streams the
 * content to the caller while digesting it, reads the certificates and signer info that follow
 * (bounded by {@link CmsLimits}), and verifies the signature over Bouncy Castle's structures with
 * the digest it computed.
 */
final class SignedStreams {
  static final String RSASSA_PSS = "1.2.840.113549.1.1.10";
  static final String ECDSA_SHA256 = "1.2.840.10045.4.3.2";
  static final String ED25519 = "1.3.101.112";
  static final String RSA_PKCS1 = "1.2.840.113549.1.1.1";
  static final String RSA_PKCS1_SHA256 = "1.2.840.113549.1.1.11";
  static final String RSA_PKCS1_SHA384 = "1.2.840.113549.1.1.12";
  static final String RSA_PKCS1_SHA512 = "1.2.840.113549.1.1.13";

  /** The content digests a signature may rest on; SHA-1 and older are refused. */
  static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
      NISTObjectIdentifiers.id_sha256, "SHA-256",
      NISTObjectIdentifiers.id_sha384, "SHA-384",
      NISTObjectIdentifiers.id_sha512, "SHA-512");
  private static final int SEGMENT = 1 << 16;

  private SignedStreams() {}

  /** What a verified signature says. */
  record Verified(X509Certificate signer, List<X509Certificate> certificates, String signatureAlgorithm, Optional<java.time.Instant> signingTime,
      Optional<List<byte[]>> recipients, Optional<SignedAttributes.Decision> decision, long contentLength) {}

  // ---- writing ------------------------------------------------------------------------------

  /**
   * A SignedData around whatever is written to it, BER with indefinite lengths: the content is
   * digested and framed as it comes; {@link #close()} adds the certificates and the signer info.
   * The target stream is not closed.
   */
  static final class Writer extends OutputStream {
    private final OutputStream out;
    private final SignerInfoGenerator generator;
    private final List<X509Certificate> chain;
    private final OutputStream digest;
    private final byte[] segment = new byte[SEGMENT];
    private int filled;
    private boolean closed;

    Writer(OutputStream out, SignerInfoGenerator generator, List<X509Certificate> chain) throws IOException {
      this.out = out;
      this.generator = generator;
      this.chain = chain;
      this.digest = generator.getCalculatingOutputStream();
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, CMSObjectIdentifiers.signedData);
      Der.open(out, 0xA0);
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, new ASN1Integer(1));
      Der.write(out, new DERSet(generator.getDigestAlgorithm()));
      Der.open(out, BerReader.SEQUENCE);
      Der.write(out, CMSObjectIdentifiers.data);
      Der.open(out, 0xA0);
      Der.open(out, BerReader.OCTET_STRING_CONSTRUCTED);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      digest.write(b, off, len);
      while (len > 0) {
        int n = Math.min(len, segment.length - filled);
        System.arraycopy(b, off, segment, filled, n);
        filled += n;
        off += n;
        len -= n;
        if (filled == segment.length) {
          Der.segment(out, segment, 0, filled);
          filled = 0;
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (filled > 0) {
        Der.segment(out, segment, 0, filled);
      }
      Der.close(out); // octet string
      Der.close(out); // [0]
      Der.close(out); // encapsulated content info
      digest.close();
      try {
        List<ASN1Encodable> certificates = new ArrayList<>();
        for (X509Certificate c : chain) {
          certificates.add(org.bouncycastle.asn1.x509.Certificate.getInstance(c.getEncoded()));
        }
        byte[] set = new DERSet(certificates.toArray(ASN1Encodable[]::new)).getEncoded();
        // [0] IMPLICIT SET OF Certificate: the set's content under the context tag.
        out.write(0xA0);
        out.write(set, 1, set.length - 1);
        Der.write(out, new DERSet(generator.generate(CMSObjectIdentifiers.data)));
      } catch (CMSException | CertificateException e) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signing failed: " + e.getClass().getSimpleName(), e);
      }
      Der.close(out); // signed data
      Der.close(out); // [0]
      Der.close(out); // content info
    }
  }

  // ---- reading ------------------------------------------------------------------------------

  /**
   * Reads a SignedData with encapsulated content from {@code in}, writes the content to {@code
   * content} as it goes, and verifies the one signature with the certificate it carries. The caller
   * still validates that certificate's path. Content written before a failure is unverified.
   */
  static Verified read(InputStream in, OutputStream content, boolean legacy) {
    try {
      return readChecked(in, content, legacy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CmsFailure | UncheckedIOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw Cms.asFailure(e, CmsFailure.Kind.MALFORMED, "unreadable signed message");
    }
  }

  private static Verified readChecked(InputStream input, OutputStream content, boolean legacy) throws IOException {
    BerReader r = new BerReader(input instanceof BufferedInputStream ? input : new BufferedInputStream(input, SEGMENT));
    BerReader.Frame contentInfo = r.open(r.expect(BerReader.SEQUENCE, "the ContentInfo"), "the ContentInfo");
    ASN1ObjectIdentifier type = oid(r, "the content type");
    if (!CMSObjectIdentifiers.signedData.equals(type)) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not a signed message (content type " + type + ")");
    }
    BerReader.Frame explicit = r.open(r.expect(0xA0, "the signed data"), "the signed data");
    BerReader.Frame signedData = r.open(r.expect(BerReader.SEQUENCE, "the signed data"), "the signed data");
    r.skip(CmsLimits.ELEMENT, "the version");
    ASN1Set digestAlgorithms = ASN1Set.getInstance(parse(r.element(CmsLimits.ELEMENT, "the digest algorithms")));
    Map<ASN1ObjectIdentifier, MessageDigest> digests = new LinkedHashMap<>();
    for (ASN1Encodable e : digestAlgorithms) {
      ASN1ObjectIdentifier oid = AlgorithmIdentifier.getInstance(e).getAlgorithm();
      String name = DIGESTS.get(oid);
      if (name != null && !digests.containsKey(oid)) {
        digests.put(oid, digest(name));
      }
    }
    BerReader.Frame encapsulated = r.open(r.expect(BerReader.SEQUENCE, "the encapsulated content"), "the encapsulated content");
    ASN1ObjectIdentifier contentType = oid(r, "the encapsulated content type");
    if (r.atEnd(encapsulated)) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the signed message does not contain its content");
    }
    BerReader.Frame eContent = r.open(r.expect(0xA0, "the encapsulated content"), "the encapsulated content");
    BerReader.Header octets = r.header("the encapsulated content");
    if (octets.tag() != BerReader.OCTET_STRING && octets.tag() != BerReader.OCTET_STRING_CONSTRUCTED) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the encapsulated content is not an octet string");
    }
    InputStream body = r.octets(octets, "the encapsulated content");
    byte[] buffer = new byte[SEGMENT];
    long length = 0;
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      for (MessageDigest md : digests.values()) {
        md.update(buffer, 0, n);
      }
      content.write(buffer, 0, n);
      length += n;
    }
    r.close(eContent, "the encapsulated content");
    r.close(encapsulated, "the encapsulated content");
    ASN1Set certificates = null;
    ASN1Set crls = null;
    if (r.peek() == 0xA0) {
      certificates = ASN1Set.getInstance((ASN1TaggedObject) parse(r.element(CmsLimits.CERTIFICATES, "the certificates")), false);
    }
    if (r.peek() == 0xA1) {
      crls = ASN1Set.getInstance((ASN1TaggedObject) parse(r.element(CmsLimits.CERTIFICATES, "the revocation lists")), false);
    }
    ASN1Set signerInfos = ASN1Set.getInstance(parse(r.element(CmsLimits.ATTRIBUTES, "the signer infos")));
    r.close(signedData, "the signed data");
    r.close(explicit, "the signed data");
    r.close(contentInfo, "the ContentInfo");
    if (r.peek() != -1) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "data after the signed message");
    }
    if (digests.isEmpty()) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "no content digest the policy allows (SHA-256, SHA-384 or SHA-512)");
    }
    Map<ASN1ObjectIdentifier, byte[]> hashes = new HashMap<>();
    digests.forEach((oid, md) -> hashes.put(oid, md.digest()));
    ContentInfo detached = new ContentInfo(CMSObjectIdentifiers.signedData,
        new SignedData(digestAlgorithms, new ContentInfo(contentType, null), certificates, crls, signerInfos));
    CMSSignedData signed;
    try {
      signed = new CMSSignedData(hashes, detached);
    } catch (CMSException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable signed message");
    }
    return verify(signed, legacy, length);
  }

  private static Verified verify(CMSSignedData signed, boolean legacy, long length) {
    SignerInformation signer;
    X509CertificateHolder holder;
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "expected one signer, found " + signers.size());
      }
      signer = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Store<X509CertificateHolder> store = signed.getCertificates();
      @SuppressWarnings("unchecked") // SignerId is a raw Selector in BouncyCastle's API
      Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
      if (matches.isEmpty()) {
        throw new CmsFailure(CmsFailure.Kind.UNTRUSTED_CHAIN, "the signer's certificate is not in the message");
      }
      holder = matches.iterator().next();
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      for (X509CertificateHolder h : store.getMatches(null)) {
        certificates.add(converter.getCertificate(h));
      }
    } catch (CertificateException | RuntimeException e) {
      throw Cms.asFailure(e, CmsFailure.Kind.MALFORMED, "unreadable signed message");
    }
    String algorithm = accept(signer, legacy);
    try {
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(holder))) {
        throw new CmsFailure(CmsFailure.Kind.SIGNATURE_INVALID, "the signature does not verify");
      }
    } catch (CMSSignerDigestMismatchException e) {
      throw new CmsFailure(CmsFailure.Kind.TAMPERED, "the content does not match its signed digest", e);
    } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
      throw Cms.asFailure(e, CmsFailure.Kind.SIGNATURE_INVALID, "the signature does not verify");
    }
    AttributeTable attributes = signer.getSignedAttributes();
    try {
      X509Certificate signerCert = new JcaX509CertificateConverter().getCertificate(holder);
      return new Verified(signerCert, List.copyOf(certificates), algorithm, signingTime(attributes),
          SignedAttributes.recipients(attributes), SignedAttributes.decision(attributes), length);
    } catch (CertificateException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable signer certificate", e);
    }
  }

  /**
   * Throws unless the policy accepts the signer's algorithms; returns their full name. RSASSA-PSS
   * must use one of the accepted digests for the message, for MGF1 and for the content, with a salt
   * of at least the digest's length; signatures must cover signed attributes.
   */
  static String accept(SignerInformation signer, boolean legacy) {
    if (signer.getSignedAttributes() == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "a signature without signed attributes");
    }
    String digestName = DIGESTS.get(signer.getDigestAlgorithmID().getAlgorithm());
    if (digestName == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "content digest " + signer.getDigestAlgOID() + " is not allowed by the policy");
    }
    String oid = signer.getEncryptionAlgOID();
    String shortDigest = digestName.replace("-", "");
    switch (oid) {
      case RSASSA_PSS: {
        RSASSAPSSparams params;
        try {
          params = RSASSAPSSparams.getInstance(signer.toASN1Structure().getDigestEncryptionAlgorithm().getParameters());
        } catch (RuntimeException e) {
          throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable RSASSA-PSS parameters");
        }
        String hash = DIGESTS.get(params.getHashAlgorithm().getAlgorithm());
        if (hash == null) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSASSA-PSS with digest " + params.getHashAlgorithm().getAlgorithm() + " is not allowed by the policy");
        }
        if (!PKCSObjectIdentifiers.id_mgf1.equals(params.getMaskGenAlgorithm().getAlgorithm())
            || !params.getHashAlgorithm().getAlgorithm().equals(AlgorithmIdentifier.getInstance(params.getMaskGenAlgorithm().getParameters()).getAlgorithm())) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSASSA-PSS whose mask generation is not MGF1 with the message digest");
        }
        if (!hash.equals(digestName)) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSASSA-PSS with " + hash + " over a " + digestName + " content digest");
        }
        int salt = params.getSaltLength().intValueExact();
        int hashLength = digest(hash).getDigestLength();
        if (salt < hashLength || salt > 512 || params.getTrailerField().intValueExact() != 1) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSASSA-PSS with a salt of " + salt + " bytes; the policy wants " + hashLength + " or more");
        }
        String h = hash.replace("-", "");
        return "RSASSA-PSS-" + h + " (MGF1-" + h + ", salt " + salt + ")";
      }
      case ECDSA_SHA256:
        return "ECDSA-SHA256";
      case ED25519:
        return "Ed25519";
      case RSA_PKCS1:
      case RSA_PKCS1_SHA256:
      case RSA_PKCS1_SHA384:
      case RSA_PKCS1_SHA512:
        if (!legacy) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signature algorithm " + oid + " (RSA PKCS#1 v1.5) is not allowed by the policy");
        }
        return "RSA-PKCS1-v1_5-" + shortDigest + " (legacy)";
      default:
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signature algorithm " + oid + " is not allowed by the policy");
    }
  }

  private static Optional<java.time.Instant> signingTime(@Nullable AttributeTable attributes) {
    if (attributes == null) {
      return Optional.empty();
    }
    org.bouncycastle.asn1.cms.Attribute time = attributes.get(CMSAttributes.signingTime);
    if (time == null || time.getAttrValues().size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ASN1ObjectIdentifier oid(BerReader r, String what) throws IOException {
    byte[] encoded = r.element(CmsLimits.ELEMENT, what);
    try {
      return ASN1ObjectIdentifier.getInstance(ASN1Primitive.fromByteArray(encoded));
    } catch (IOException | IllegalArgumentException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable " + what);
    }
  }

  static ASN1Primitive parse(byte[] element) {
    try {
      return ASN1Primitive.fromByteArray(element);
    } catch (IOException | RuntimeException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable element of the message");
    }
  }

  static MessageDigest digest(String name) {
    try {
      return MessageDigest.getInstance(name);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(name + " is not available", e);
    }
  }

}
