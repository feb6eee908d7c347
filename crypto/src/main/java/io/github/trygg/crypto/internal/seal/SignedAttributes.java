package io.github.trygg.crypto.internal.seal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.jspecify.annotations.Nullable;

/**
 * Trygg's own signed attributes, under an OID arc derived from a UUID (ITU-T X.667, {@code 2.25}),
 * which needs no registration: the recipients a signer meant the message for, and the message rule
 * that allowed it. Signed, they cannot be removed or changed without breaking the signature; peers
 * that do not know them ignore them (RFC 5652 §5.3).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SignedAttributes {
  /** {@code 2.25.173871369364349389535138434780183919023}: the UUID 82ce685d-42ac-4215-b5e4-92dbb187f9af. */
  static final ASN1ObjectIdentifier ARC = new ASN1ObjectIdentifier("2.25.173871369364349389535138434780183919023");
  /** IntendedRecipients ::= SEQUENCE OF ESSCertIDv2 (RFC 5035): SHA-256 of each recipient certificate with its issuer and serial. */
  static final ASN1ObjectIdentifier INTENDED_RECIPIENTS = ARC.branch("1");
  /** RuleDecision ::= SEQUENCE { ruleId, verdict, table, tableVersion UTF8String }. */
  static final ASN1ObjectIdentifier RULE_DECISION = ARC.branch("2");

  private SignedAttributes() {}

  /** The decision of a message rule, as signed: its rule, verdict and the table with its version. */
  public record Decision(String ruleId, String verdict, String table, String tableVersion) {}

  /** The attributes to sign with: the intended recipients when they are known (sign-then-seal), the decision when there is one. */
  static AttributeTable of(@Nullable List<X509Certificate> recipients, @Nullable Decision decision) {
    ASN1EncodableVector attributes = new ASN1EncodableVector();
    if (recipients != null) {
      ASN1EncodableVector ids = new ASN1EncodableVector();
      for (X509Certificate c : recipients) {
        ids.add(certId(c));
      }
      attributes.add(new Attribute(INTENDED_RECIPIENTS, new DERSet(new DERSequence(ids))));
    }
    if (decision != null) {
      attributes.add(new Attribute(RULE_DECISION, new DERSet(new DERSequence(new ASN1Encodable[] {
          new DERUTF8String(decision.ruleId()), new DERUTF8String(decision.verdict()), new DERUTF8String(decision.table()), new DERUTF8String(decision.tableVersion())}))));
    }
    return new AttributeTable(attributes);
  }

  private static ESSCertIDv2 certId(X509Certificate c) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
      IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(c.getIssuerX500Principal().getEncoded()))), c.getSerialNumber());
      return new ESSCertIDv2(hash, issuerSerial);
    } catch (GeneralSecurityException e) {
      throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "a recipient certificate cannot be encoded", e);
    }
  }

  /** The SHA-256 hashes of the intended recipients' certificates, if the signer named them. */
  static Optional<List<byte[]>> recipients(@Nullable AttributeTable signed) {
    Attribute a = signed == null ? null : signed.get(INTENDED_RECIPIENTS);
    if (a == null) {
      return Optional.empty();
    }
    if (a.getAttrValues().size() != 1 || signed == null || signed.getAll(INTENDED_RECIPIENTS).size() != 1) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "the intended recipients are given more than once");
    }
    List<byte[]> hashes = new ArrayList<>();
    try {
      for (ASN1Encodable e : ASN1Sequence.getInstance(a.getAttrValues().getObjectAt(0))) {
        ESSCertIDv2 id = ESSCertIDv2.getInstance(e);
        if (!NISTObjectIdentifiers.id_sha256.equals(id.getHashAlgorithm().getAlgorithm())) {
          throw new CmsFailure(CmsFailure.Kind.NOT_ALLOWED, "an intended recipient identified by a hash other than SHA-256");
        }
        hashes.add(id.getCertHash());
      }
    } catch (IllegalArgumentException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "unreadable intended recipients");
    }
    return Optional.of(List.copyOf(hashes));
  }

  /** Whether {@code certificate} is among the recipients named by their hashes. */
  public static boolean names(List<byte[]> hashes, X509Certificate certificate) {
    byte[] mine;
    try {
      mine = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    } catch (GeneralSecurityException e) {
      return false;
    }
    for (byte[] h : hashes) {
      if (MessageDigest.isEqual(h, mine)) {
        return true;
      }
    }
    return false;
  }

  static Optional<Decision> decision(@Nullable AttributeTable signed) {
    Attribute a = signed == null ? null : signed.get(RULE_DECISION);
    if (a == null) {
      return Optional.empty();
    }
    try {
      ASN1Sequence s = ASN1Sequence.getInstance(a.getAttrValues().getObjectAt(0));
      if (s.size() != 4 || a.getAttrValues().size() != 1) {
        throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable rule decision");
      }
      return Optional.of(new Decision(text(s, 0), text(s, 1), text(s, 2), text(s, 3)));
    } catch (IllegalArgumentException e) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable rule decision");
    }
  }

  private static String text(ASN1Sequence s, int i) {
    String t = ASN1UTF8String.getInstance(s.getObjectAt(i)).getString();
    if (t.length() > 256) {
      throw new CmsFailure(CmsFailure.Kind.MALFORMED, "an unreadable rule decision");
    }
    return t;
  }

}
