package io.github.trygg.crypto.internal.seal;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSAuthEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.Recipient;
import org.bouncycastle.cms.RecipientInfoGenerator;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.RecipientInformationStore;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceKeyAgreeEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipientInfoGenerator;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaAlgorithmParametersConverter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Store;

/**
 * CMS sealing, opening, signing and verifying over Bouncy Castle's structures, with the content
 * encrypted by {@link JdkGcm}. Recipients by key type: RSA by RSAES-OAEP with SHA-256; P-256 by
 * ephemeral-static ECDH with the X9.63 SHA-256 KDF and AES-256 key wrap (RFC 5753); X25519 by
 * ECDH with HKDF-SHA-256 and AES-256 key wrap (RFC 8418), without user keying material.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Cms {
  private static final Set<ASN1ObjectIdentifier> GCM_ONLY = Set.of(CMSAlgorithm.AES256_GCM);

  private Cms() {}

  // ---- sealing ------------------------------------------------------------------------------

  /**
   * An AuthEnvelopedData (AES-256-GCM) of {@code content} as id-data, to every certificate, DER.
   * {@link SealRecipient} makes the recipient infos; the message around them is written here in one
   * buffer of the exact size, with the content encrypted straight into its place, so a large
   * message is not copied again and again by a general-purpose encoder.
   */
  public static byte[] seal(byte[] content, List<SealRecipient> recipients, SecureRandom random) {
    try {
      JdkGcm.Encryptor encryptor = new JdkGcm.Encryptor(random);
      ASN1EncodableVector infos = new ASN1EncodableVector(recipients.size());
      for (SealRecipient recipient : recipients) {
        infos.add(recipient.recipientInfo(encryptor, random));
      }
      return authEnvelopedData(new DERSet(infos).getEncoded(ASN1Encoding.DER), encryptor, content);
    } catch (CMSException | GeneralSecurityException | IOException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "sealing failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /**
   * ContentInfo { authEnvelopedData, [0] AuthEnvelopedData { version 0, recipientInfos,
   * EncryptedContentInfo { id-data, AES-256-GCM parameters, [0] ciphertext }, mac } } (RFC 5083).
   */
  private static byte[] authEnvelopedData(byte[] recipientInfos, JdkGcm.Encryptor encryptor, byte[] content) throws IOException {
    byte[] contentInfoType = CMSObjectIdentifiers.authEnvelopedData.getEncoded(ASN1Encoding.DER);
    byte[] version = new ASN1Integer(0).getEncoded(ASN1Encoding.DER);
    byte[] dataType = CMSObjectIdentifiers.data.getEncoded(ASN1Encoding.DER);
    byte[] algorithm = encryptor.algorithm().getEncoded(ASN1Encoding.DER);
    int n = content.length;
    int encryptedContent = tlv(n);
    int encryptedContentInfo = tlv(dataType.length + algorithm.length + encryptedContent);
    int mac = tlv(JdkGcm.TAG_BYTES);
    int authEnveloped = tlv(version.length + recipientInfos.length + encryptedContentInfo + mac);
    int explicit = tlv(authEnveloped);
    int total = tlv(contentInfoType.length + explicit);
    byte[] out = new byte[total];
    int at = header(out, 0, 0x30, contentInfoType.length + explicit);
    at = put(out, at, contentInfoType);
    at = header(out, at, 0xA0, authEnveloped);
    at = header(out, at, 0x30, version.length + recipientInfos.length + encryptedContentInfo + mac);
    at = put(out, at, version);
    at = put(out, at, recipientInfos);
    at = header(out, at, 0x30, dataType.length + algorithm.length + encryptedContent);
    at = put(out, at, dataType);
    at = put(out, at, algorithm);
    at = header(out, at, 0x80, n);
    // The JDK writes ciphertext and tag together; the tag then moves behind the mac header.
    encryptor.encryptInto(content, out, at);
    byte[] tag = Arrays.copyOfRange(out, at + n, at + n + JdkGcm.TAG_BYTES);
    at = header(out, at + n, 0x04, JdkGcm.TAG_BYTES);
    at = put(out, at, tag);
    if (at != total) {
      throw new IllegalStateException("encoded " + at + " of " + total + " bytes");
    }
    return out;
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

  // ---- opening ------------------------------------------------------------------------------

  /**
   * The content of an AuthEnvelopedData (or, with {@code legacyCbc}, a classic EnvelopedData) for the
   * holder of {@code key}, whose certificate is {@code cert}.
   */
  public static byte[] open(byte[] der, X509Certificate cert, PrivateKey key, boolean legacyCbc) {
    ContentInfo info = contentInfo(der);
    RecipientInformationStore store;
    boolean aead;
    try {
      if (CMSObjectIdentifiers.authEnvelopedData.equals(info.getContentType())) {
        store = new CMSAuthEnvelopedData(info).getRecipientInfos();
        aead = true;
      } else if (CMSObjectIdentifiers.envelopedData.equals(info.getContentType())) {
        if (!legacyCbc) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "an EnvelopedData without authentication; the policy requires AuthEnvelopedData");
        }
        store = new CMSEnvelopedData(info).getRecipientInfos();
        aead = false;
      } else {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not an enveloped message (content type " + info.getContentType() + ")");
      }
    } catch (CMSException | RuntimeException e) {
      throw asFailure(e, CmsFailure.Kind.MALFORMED, "unreadable enveloped message");
    }
    KeyKind kind = KeyKind.of(cert.getPublicKey());
    RecipientInformation mine = kind == KeyKind.RSA ? store.get(new JceKeyTransRecipientId(cert)) : keyAgreeRecipient(store, cert);
    if (mine == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_A_RECIPIENT, "the message is not addressed to this certificate");
    }
    Recipient recipient;
    if (aead) {
      recipient = kind == KeyKind.RSA ? new GcmKeyTransRecipient(key) : new GcmKeyAgreeRecipient(key);
    } else {
      recipient = kind == KeyKind.RSA ? new JceKeyTransEnvelopedRecipient(key).setProvider(Bc.PROVIDER)
          : new JceKeyAgreeEnvelopedRecipient(key).setProvider(Bc.PROVIDER);
    }
    try {
      return mine.getContent(recipient);
    } catch (CMSException | RuntimeException e) {
      // A recipient info that names us but will not unwrap with our key, or a tag that does not
      // verify: either way the message is not what was sent.
      throw asFailure(e, CmsFailure.Kind.TAMPERED, "the message failed its integrity check");
    }
  }

  private static RecipientInformation keyAgreeRecipient(RecipientInformationStore store, X509Certificate cert) {
    try {
      return store.get(new JceKeyAgreeRecipientId(cert));
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Recovers the content key with Bouncy Castle, decrypts the content with the JDK. */
  private static final class GcmKeyTransRecipient extends JceKeyTransRecipient {
    GcmKeyTransRecipient(PrivateKey key) {
      super(key);
      setProvider(Bc.PROVIDER);
      setAllowedContentAlgorithms(GCM_ONLY);
      setMinimumTagSize(JdkGcm.TAG_BYTES * 8);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryption, AlgorithmIdentifier contentEncryption, byte[] encryptedKey) throws CMSException {
      return new RecipientOperator(new JdkGcm.Decryptor(contentEncryption, extractSecretKey(keyEncryption, contentEncryption, encryptedKey)));
    }
  }

  private static final class GcmKeyAgreeRecipient extends JceKeyAgreeRecipient {
    GcmKeyAgreeRecipient(PrivateKey key) {
      super(key);
      setProvider(Bc.PROVIDER);
      setAllowedContentAlgorithms(GCM_ONLY);
      setMinimumTagSize(JdkGcm.TAG_BYTES * 8);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryption, AlgorithmIdentifier contentEncryption, SubjectPublicKeyInfo senderKey,
        ASN1OctetString ukm, byte[] encryptedKey) throws CMSException {
      return new RecipientOperator(new JdkGcm.Decryptor(contentEncryption, extractSecretKey(keyEncryption, contentEncryption, senderKey, ukm, encryptedKey)));
    }
  }

  // ---- signing ------------------------------------------------------------------------------

  /** An encapsulated SignedData over {@code content}, with the chain's certificates included. */
  public static byte[] sign(byte[] content, PrivateKey key, List<X509Certificate> chain, String jcaAlgorithm) {
    try {
      ContentSigner signer = new JcaContentSignerBuilder(jcaAlgorithm).setProvider(Bc.PROVIDER).build(key);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().setProvider(Bc.PROVIDER).build())
          .build(signer, chain.get(0)));
      generator.addCertificates(new JcaCertStore(chain));
      return generator.generate(new CMSProcessableByteArray(content), true).getEncoded(ASN1Encoding.DER);
    } catch (OperatorCreationException | CMSException | CertificateEncodingException | IOException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signing failed: " + e.getClass().getSimpleName(), e);
    }
  }

  /** What a verified signature says. */
  public record Verified(byte[] content, X509Certificate signer, List<X509Certificate> certificates, String signatureAlgorithm, Optional<Instant> signingTime) {}

  /**
   * Checks the one signature of an encapsulated SignedData with the certificate it carries; the
   * caller still has to validate that certificate's path.
   *
   * @param allowedSignatureOids signature algorithm OIDs the policy accepts
   */
  public static Verified verify(byte[] der, Set<String> allowedSignatureOids) {
    ContentInfo info = contentInfo(der);
    if (!CMSObjectIdentifiers.signedData.equals(info.getContentType())) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not a signed message (content type " + info.getContentType() + ")");
    }
    CMSSignedData signed;
    SignerInformation signer;
    X509CertificateHolder holder;
    List<X509Certificate> certificates = new ArrayList<>();
    try {
      signed = new CMSSignedData(info);
      CMSTypedData content = signed.getSignedContent();
      if (content == null) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the signed message does not contain its content");
      }
      Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
      if (signers.size() != 1) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "expected one signer, found " + signers.size());
      }
      signer = signers.iterator().next();
      @SuppressWarnings("unchecked")
      Store<X509CertificateHolder> store = signed.getCertificates();
      Collection<X509CertificateHolder> matches = store.getMatches(signer.getSID());
      if (matches.isEmpty()) {
        throw new CmsFailure(CmsFailure.Kind.UNTRUSTED_CHAIN, "the signer's certificate is not in the message");
      }
      holder = matches.iterator().next();
      JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
      for (X509CertificateHolder h : store.getMatches(null)) {
        certificates.add(converter.getCertificate(h));
      }
    } catch (CMSException | CertificateException | RuntimeException e) {
      throw asFailure(e, CmsFailure.Kind.MALFORMED, "unreadable signed message");
    }
    String algorithm = signer.getEncryptionAlgOID();
    if (!allowedSignatureOids.contains(algorithm)) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "signature algorithm " + algorithm + " is not allowed by the policy");
    }
    try {
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(Bc.PROVIDER).build(holder))) {
        throw new CmsFailure(CmsFailure.Kind.SIGNATURE_INVALID, "the signature does not verify");
      }
    } catch (CMSSignerDigestMismatchException e) {
      throw new CmsFailure(CmsFailure.Kind.TAMPERED, "the content does not match its signed digest", e);
    } catch (CMSException | OperatorCreationException | CertificateException | RuntimeException e) {
      throw asFailure(e, CmsFailure.Kind.SIGNATURE_INVALID, "the signature does not verify");
    }
    try {
      X509Certificate signerCert = new JcaX509CertificateConverter().getCertificate(holder);
      byte[] content = (byte[]) signed.getSignedContent().getContent();
      return new Verified(content, signerCert, List.copyOf(certificates), algorithm, signingTime(signer));
    } catch (CertificateException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable signer certificate", e);
    }
  }

  private static Optional<Instant> signingTime(SignerInformation signer) {
    AttributeTable attributes = signer.getSignedAttributes();
    if (attributes == null) {
      return Optional.empty();
    }
    Attribute time = attributes.get(CMSAttributes.signingTime);
    if (time == null || time.getAttrValues().size() != 1) {
      return Optional.empty();
    }
    try {
      return Optional.of(Time.getInstance(time.getAttrValues().getObjectAt(0)).getDate().toInstant());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  // ---- helpers ------------------------------------------------------------------------------

  private static ContentInfo contentInfo(byte[] der) {
    try {
      return ContentInfo.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der));
    } catch (IOException | RuntimeException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "not a CMS message", e);
    }
  }

  private static CmsFailure asFailure(Exception e, CmsFailure.Kind otherwise, String message) {
    Throwable t = e;
    while (t != null) {
      if (t instanceof CmsFailure f) {
        return f;
      }
      t = t.getCause();
    }
    return new CmsFailure(otherwise, message + " (" + e.getClass().getSimpleName() + ")", e);
  }
}
