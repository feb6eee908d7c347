package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientIdentifier;
import org.bouncycastle.asn1.cms.KeyAgreeRecipientInfo;
import org.bouncycastle.asn1.cms.KeyTransRecipientInfo;
import org.bouncycastle.asn1.cms.OriginatorPublicKey;
import org.bouncycastle.asn1.cms.RecipientEncryptedKey;
import org.bouncycastle.asn1.cms.RecipientIdentifier;
import org.bouncycastle.asn1.cms.RecipientInfo;
import org.bouncycastle.asn1.cms.RecipientKeyIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.oiw.OIWObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAESOAEPparams;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.RecipientOperator;
import org.bouncycastle.cms.jcajce.JceKeyAgreeRecipient;
import org.jspecify.annotations.Nullable;

/**
 * Finds this recipient's part of a message and recovers the content key from it, with implicit
 * rejection: every check that depends on the private key runs the same way whether it passes or
 * not, and when the key does not come out right, a pseudo-random key derived from the private key
 * and the encrypted key takes its place. Decryption then fails at the content, exactly as it does
 * for altered content, so no answer and no difference in the work done tells an attacker whether
 * the key transport decrypted — no padding oracle for Bleichenbacher's or Manger's attack.
 *
 * <p>RSA key transport is decoded here from the raw RSA result, for RSAES-OAEP and (legacy only)
 * PKCS#1 v1.5: the content key's length is known from the content algorithm, so every byte
 * position checked is fixed and the checks are branch-free. What depends only on the message
 * (which algorithms, which recipient) is checked first and may be refused openly.
 */
final class ContentKeys {
  private static final byte[] LABEL = "trygg cms implicit rejection v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  /** For private keys whose encoding cannot be read (hardware): a secret of this process, so rejection stays deterministic while it runs. */
  private static final byte[] PROCESS_SECRET = random(32);

  private static final Map<ASN1ObjectIdentifier, String> DIGESTS = Map.of(
      OIWObjectIdentifiers.idSHA1, "SHA-1",
      NISTObjectIdentifiers.id_sha256, "SHA-256",
      NISTObjectIdentifiers.id_sha384, "SHA-384",
      NISTObjectIdentifiers.id_sha512, "SHA-512");
  private static final Set<ASN1ObjectIdentifier> STANDARD_AGREEMENT = Set.of(
      CMSAlgorithm.ECDH_SHA256KDF, CMSAlgorithm.ECDH_SHA384KDF, CMSAlgorithm.ECDH_SHA512KDF,
      CMSAlgorithm.ECDH_HKDF_SHA256, CMSAlgorithm.ECDH_HKDF_SHA384, CMSAlgorithm.ECDH_HKDF_SHA512);
  private static final Set<ASN1ObjectIdentifier> LEGACY_AGREEMENT = Set.of(CMSAlgorithm.ECDH_SHA1KDF);
  private static final Set<ASN1ObjectIdentifier> WRAPS = Set.of(NISTObjectIdentifiers.id_aes256_wrap);
  private static final Set<ASN1ObjectIdentifier> LEGACY_WRAPS = Set.of(NISTObjectIdentifiers.id_aes128_wrap, NISTObjectIdentifiers.id_aes192_wrap);

  private ContentKeys() {}

  /**
   * The recipient info addressed to {@code certificate}, or null: by issuer and serial number or by
   * subject key identifier, among those of the kind its key can use.
   */
  static @Nullable RecipientInfo find(ASN1Set infos, X509Certificate certificate) {
    IssuerAndSerialNumber issuerSerial;
    byte[] ski;
    try {
      Certificate c = Certificate.getInstance(certificate.getEncoded());
      issuerSerial = new IssuerAndSerialNumber(c);
      Extension e = c.getTBSCertificate().getExtensions() == null ? null : c.getTBSCertificate().getExtensions().getExtension(Extension.subjectKeyIdentifier);
      ski = e == null ? null : SubjectKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier();
    } catch (CertificateEncodingException | RuntimeException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "the recipient certificate cannot be read");
    }
    boolean rsa = KeyKind.of(certificate.getPublicKey()) == KeyKind.RSA;
    for (ASN1Encodable e : infos) {
      RecipientInfo info;
      try {
        info = RecipientInfo.getInstance(e);
      } catch (RuntimeException ex) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable recipient info");
      }
      ASN1Encodable body = info.getInfo();
      if (rsa && body instanceof KeyTransRecipientInfo ktri && matches(ktri.getRecipientIdentifier(), issuerSerial, ski)) {
        return info;
      }
      if (!rsa && body instanceof KeyAgreeRecipientInfo kari && mine(kari, issuerSerial, ski) != null) {
        return info;
      }
    }
    return null;
  }

  private static boolean matches(RecipientIdentifier rid, IssuerAndSerialNumber issuerSerial, byte @Nullable [] ski) {
    ASN1Encodable id = rid.getId();
    if (id instanceof ASN1OctetString keyId) {
      return ski != null && Arrays.equals(ski, keyId.getOctets());
    }
    return issuerSerial.equals(IssuerAndSerialNumber.getInstance(id));
  }

  private static @Nullable RecipientEncryptedKey mine(KeyAgreeRecipientInfo kari, IssuerAndSerialNumber issuerSerial, byte @Nullable [] ski) {
    for (ASN1Encodable e : kari.getRecipientEncryptedKeys()) {
      RecipientEncryptedKey rek = RecipientEncryptedKey.getInstance(e);
      KeyAgreeRecipientIdentifier id = rek.getIdentifier();
      if (id.getIssuerAndSerialNumber() != null ? issuerSerial.equals(id.getIssuerAndSerialNumber())
          : id.getRKeyID() != null && ski != null && Arrays.equals(ski, RecipientKeyIdentifier.getInstance(id.getRKeyID()).getSubjectKeyIdentifier().getOctets())) {
        return rek;
      }
    }
    return null;
  }

  /**
   * The content key of {@code keyBytes} bytes. Refuses openly only what the message shows
   * (algorithms the policy does not allow); otherwise never fails: a key that does not decrypt
   * yields the pseudo-random stand-in.
   */
  static byte[] recover(RecipientInfo info, X509Certificate certificate, PrivateKey key, AlgorithmIdentifier content, int keyBytes, boolean legacy) {
    try {
      if (info.getInfo() instanceof KeyTransRecipientInfo ktri) {
        return rsa(ktri, key, keyBytes, legacy);
      }
      return agreement(KeyAgreeRecipientInfo.getInstance(info.getInfo()), certificate, key, content, keyBytes, legacy);
    } catch (ClassCastException | IllegalArgumentException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable recipient info");
    }
  }

  // ---- RSA ----------------------------------------------------------------------------------

  private static byte[] rsa(KeyTransRecipientInfo ktri, PrivateKey key, int keyBytes, boolean legacy) {
    AlgorithmIdentifier transport = ktri.getKeyEncryptionAlgorithm();
    byte[] encrypted = ktri.getEncryptedKey().getOctets();
    ASN1ObjectIdentifier oid = transport.getAlgorithm();
    int k = (((RSAKey) key).getModulus().bitLength() + 7) / 8;
    if (PKCSObjectIdentifiers.id_RSAES_OAEP.equals(oid)) {
      RSAESOAEPparams params = RSAESOAEPparams.getInstance(transport.getParameters());
      String hash = digest(params.getHashAlgorithm().getAlgorithm(), legacy, "RSAES-OAEP");
      AlgorithmIdentifier mgf = params.getMaskGenAlgorithm();
      if (!PKCSObjectIdentifiers.id_mgf1.equals(mgf.getAlgorithm())) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSAES-OAEP with a mask generation function other than MGF1");
      }
      String mgfHash = digest(AlgorithmIdentifier.getInstance(mgf.getParameters()).getAlgorithm(), legacy, "MGF1");
      if (!PKCSObjectIdentifiers.id_pSpecified.equals(params.getPSourceAlgorithm().getAlgorithm())
          || ASN1OctetString.getInstance(params.getPSourceAlgorithm().getParameters()).getOctets().length != 0) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSAES-OAEP with a label");
      }
      byte[] em = rawRsa(key, encrypted, k);
      return select(oaep(em, hash, mgfHash, keyBytes), synthetic(key, encrypted, keyBytes));
    }
    if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
      if (!legacy) {
        throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "RSA PKCS#1 v1.5 key transport; the policy requires RSAES-OAEP");
      }
      byte[] em = rawRsa(key, encrypted, k);
      return select(pkcs1(em, keyBytes), synthetic(key, encrypted, keyBytes));
    }
    throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "key transport " + oid + " is not allowed by the policy");
  }

  private static String digest(ASN1ObjectIdentifier oid, boolean legacy, String what) {
    String name = DIGESTS.get(oid);
    if (name == null || (!legacy && !"SHA-256".equals(name))) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, what + " with digest " + oid + " is not allowed by the policy");
    }
    return name;
  }

  /**
   * c^d mod n as k bytes, or k zero bytes when the input is no RSA ciphertext of this key (its
   * length or value, both public, do not fit). The JDK's provider keeps leading zeros and blinds the
   * exponentiation.
   */
  private static byte[] rawRsa(PrivateKey key, byte[] c, int k) {
    if (c.length != k) {
      return new byte[k];
    }
    try {
      Cipher rsa = key instanceof RSAPrivateCrtKey ? JdkGcm.cipher("RSA/ECB/NoPadding") : Cipher.getInstance("RSA/ECB/NoPadding");
      rsa.init(Cipher.DECRYPT_MODE, key);
      byte[] m = rsa.doFinal(c);
      if (m.length == k) {
        return m;
      }
      // A provider that drops leading zeros: put them back.
      byte[] padded = new byte[k];
      System.arraycopy(m, 0, padded, k - Math.min(k, m.length), Math.min(k, m.length));
      return padded;
    } catch (GeneralSecurityException | RuntimeException e) {
      return new byte[k];
    }
  }

  /** A decoded key and whether the decoding was valid: -1 (all bits set) if so, 0 if not, for branch-free selection. */
  private record Decoded(byte[] key, int valid) {}

  /** RSAES-OAEP decoding (RFC 8017 §7.1.2) for a message of exactly {@code length} bytes, branch-free over EM. */
  private static Decoded oaep(byte[] em, String hash, String mgfHash, int length) {
    try {
      MessageDigest md = MessageDigest.getInstance(hash);
      byte[] lHash = md.digest();
      int hLen = lHash.length;
      int k = em.length;
      int dbLen = k - hLen - 1;
      int separator = dbLen - length - 1;
      if (separator < hLen || dbLen <= 0) {
        return new Decoded(new byte[length], 0);
      }
      byte[] seed = Arrays.copyOfRange(em, 1, 1 + hLen);
      byte[] db = Arrays.copyOfRange(em, 1 + hLen, k);
      xor(seed, mgf1(mgfHash, db, hLen));
      xor(db, mgf1(mgfHash, seed, dbLen));
      int bad = em[0];
      for (int i = 0; i < hLen; i++) {
        bad |= db[i] ^ lHash[i];
      }
      for (int i = hLen; i < separator; i++) {
        bad |= db[i];
      }
      bad |= db[separator] ^ 1;
      byte[] m = Arrays.copyOfRange(db, separator + 1, dbLen);
      return new Decoded(m, ((bad & 0xff) - 1) >> 31);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(hash + " is not available", e);
    }
  }

  /** RSAES-PKCS1-v1_5 decoding (RFC 8017 §7.2.2) for a message of exactly {@code length} bytes, branch-free over EM. */
  private static Decoded pkcs1(byte[] em, int length) {
    int k = em.length;
    int separator = k - length - 1;
    if (separator < 10) {
      return new Decoded(new byte[length], 0);
    }
    int bad = em[0] | (em[1] ^ 2) | em[separator];
    for (int i = 2; i < separator; i++) {
      // A zero byte of the padding string makes (b - 1) negative.
      bad |= ((em[i] & 0xff) - 1) >> 31;
    }
    byte[] m = Arrays.copyOfRange(em, separator + 1, k);
    return new Decoded(m, ((bad & 0xff) - 1) >> 31);
  }

  private static byte[] mgf1(String hash, byte[] seed, int length) throws GeneralSecurityException {
    MessageDigest md = MessageDigest.getInstance(hash);
    byte[] out = new byte[length];
    int at = 0;
    for (int counter = 0; at < length; counter++) {
      md.update(seed);
      md.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
      byte[] block = md.digest();
      int n = Math.min(block.length, length - at);
      System.arraycopy(block, 0, out, at, n);
      at += n;
    }
    return out;
  }

  private static void xor(byte[] target, byte[] mask) {
    for (int i = 0; i < target.length; i++) {
      target[i] ^= mask[i];
    }
  }

  /** The decoded key where it was valid, else the stand-in, chosen byte by byte without a branch. */
  private static byte[] select(Decoded decoded, byte[] synthetic) {
    byte[] out = new byte[synthetic.length];
    int mask = decoded.valid();
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) ((decoded.key()[i] & mask) | (synthetic[i] & ~mask));
    }
    Arrays.fill(decoded.key(), (byte) 0);
    Arrays.fill(synthetic, (byte) 0);
    return out;
  }

  /**
   * The stand-in key: HMAC-SHA-256 under a key derived from the private key (its PKCS#8 encoding,
   * or for a key that cannot be read, a secret of this process) over the encrypted key, so the same
   * message always gets the same stand-in and none can be told from a real key.
   */
  private static byte[] synthetic(PrivateKey key, byte[] encrypted, int length) {
    byte[] encoded = null;
    try {
      encoded = key.getEncoded();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(LABEL);
      sha.update(encoded != null ? encoded : PROCESS_SECRET);
      byte[] kdk = sha.digest();
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(kdk, "HmacSHA256"));
      Arrays.fill(kdk, (byte) 0);
      mac.update(LABEL);
      byte[] out = mac.doFinal(encrypted);
      return Arrays.copyOf(out, length);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    } finally {
      if (encoded != null) {
        Arrays.fill(encoded, (byte) 0);
      }
    }
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new SecureRandom().nextBytes(b);
    return b;
  }

  // ---- key agreement ------------------------------------------------------------------------

  private static byte[] agreement(KeyAgreeRecipientInfo kari, X509Certificate certificate, PrivateKey key, AlgorithmIdentifier content, int keyBytes, boolean legacy) {
    AlgorithmIdentifier scheme = kari.getKeyEncryptionAlgorithm();
    if (!STANDARD_AGREEMENT.contains(scheme.getAlgorithm()) && !(legacy && LEGACY_AGREEMENT.contains(scheme.getAlgorithm()))) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "key agreement " + scheme.getAlgorithm() + " is not allowed by the policy");
    }
    AlgorithmIdentifier wrap = AlgorithmIdentifier.getInstance(scheme.getParameters());
    if (!WRAPS.contains(wrap.getAlgorithm()) && !(legacy && LEGACY_WRAPS.contains(wrap.getAlgorithm()))) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "key wrap " + wrap.getAlgorithm() + " is not allowed by the policy");
    }
    OriginatorPublicKey originator = kari.getOriginator().getOriginatorKey();
    if (originator == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "key agreement without an ephemeral originator key");
    }
    IssuerAndSerialNumber issuerSerial;
    byte[] ski = null;
    try {
      Certificate c = Certificate.getInstance(certificate.getEncoded());
      issuerSerial = new IssuerAndSerialNumber(c);
      Extension e = c.getTBSCertificate().getExtensions() == null ? null : c.getTBSCertificate().getExtensions().getExtension(Extension.subjectKeyIdentifier);
      ski = e == null ? null : SubjectKeyIdentifier.getInstance(e.getParsedValue()).getKeyIdentifier();
    } catch (CertificateEncodingException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "the recipient certificate cannot be read");
    }
    RecipientEncryptedKey rek = mine(kari, issuerSerial, ski);
    if (rek == null) {
      throw new CmsFailure(CmsFailure.Kind.NOT_A_RECIPIENT, "the message is not addressed to this certificate");
    }
    byte[] encrypted = rek.getEncryptedKey().getOctets();
    Agreement agreement = new Agreement(key, content.getAlgorithm());
    byte[] recovered = null;
    int valid = 0;
    try {
      SubjectPublicKeyInfo sender = new SubjectPublicKeyInfo(agreement.getPrivateKeyAlgorithmIdentifier(), originator.getPublicKeyData().getBytes());
      Key k = agreement.unwrap(scheme, content, sender, kari.getUserKeyingMaterial(), encrypted);
      recovered = k.getEncoded();
      valid = recovered != null && recovered.length == keyBytes ? -1 : 0;
    } catch (CMSException | RuntimeException e) {
      // An ephemeral key off the curve, a key wrap whose check fails: the stand-in takes over.
    }
    byte[] real = valid != 0 && recovered != null ? recovered : new byte[keyBytes];
    if (recovered != null && real != recovered) {
      Arrays.fill(recovered, (byte) 0);
    }
    return select(new Decoded(real, valid), synthetic(key, encrypted, keyBytes));
  }

  /** Bouncy Castle's key agreement (ECDH with the X9.63 KDF, X25519 with HKDF) and key unwrap, used directly. */
  private static final class Agreement extends JceKeyAgreeRecipient {
    Agreement(PrivateKey key, ASN1ObjectIdentifier content) {
      super(key);
      setProvider(Bc.PROVIDER);
      setAllowedContentAlgorithms(Set.of(content));
    }

    Key unwrap(AlgorithmIdentifier scheme, AlgorithmIdentifier content, SubjectPublicKeyInfo sender, @Nullable ASN1OctetString ukm, byte[] encrypted) throws CMSException {
      return extractSecretKey(scheme, content, sender, ukm, encrypted);
    }

    @Override
    public RecipientOperator getRecipientOperator(AlgorithmIdentifier keyEncryptionAlgorithm, AlgorithmIdentifier contentEncryptionAlgorithm,
        SubjectPublicKeyInfo senderPublicKey, ASN1OctetString userKeyingMaterial, byte[] encryptedContentKey) {
      throw new UnsupportedOperationException("used for its key agreement only");
    }
  }
}
