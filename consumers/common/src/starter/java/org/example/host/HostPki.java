package org.example.host;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.Sector;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.crypto.seal.PrivateKeyHandle;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A CA, a care unit and a patient made at run time, and the messages, records and request the host test sends: nobody's real data. */
final class HostPki {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final X509Certificate ca;
  private final SenderCredential unit;
  private final X509Certificate patientCertificate;
  private final RecipientCredential patient;

  HostPki() {
    KeyPair caKeys = ecKeys();
    ca = certificate("CN=Host test CA", caKeys, caKeys, 0, true);
    KeyPair unitKeys = ecKeys();
    unit = SenderCredential.of(PrivateKeyHandle.of(unitKeys.getPrivate()), certificate("CN=Care unit", unitKeys, caKeys, KeyUsage.digitalSignature, false));
    KeyPair patientKeys = ecKeys();
    patientCertificate = certificate("CN=Patient", patientKeys, caKeys, KeyUsage.keyAgreement, false);
    patient = RecipientCredential.of(PrivateKeyHandle.of(patientKeys.getPrivate()), patientCertificate);
  }

  byte[] caEncoded() {
    try {
      return ca.getEncoded();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  SenderCredential unit() {
    return unit;
  }

  X509Certificate patientCertificate() {
    return patientCertificate;
  }

  RecipientCredential patient() {
    return patient;
  }

  static MessageContext email() {
    return MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.EMAIL).declaredContent(ContentClass.PERSONAL_DATA).build();
  }

  /** A discharge summary through a Norwegian web portal at ID-porten level 3: the rules deny it. */
  static MessageContext portalAtLevel3() {
    return MessageContext.builder().jurisdiction(Jurisdiction.NORWAY).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.WEB_PORTAL).declaredContent(ContentClass.PERSONAL_DATA)
        .transport(TransportProtection.TLS).recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)).build();
  }

  /** Three visits with identity numbers made up now; the numbers are added to {@code numbers}. */
  static String visitsCsv(List<String> numbers) {
    StringBuilder csv = new StringBuilder("personnummer,birthDate,alarmType,name\r\n");
    for (int i = 0; i < 3; i++) {
      LocalDate born = LocalDate.of(1940 + i, 3, 1 + i);
      String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, born, 2 + 2 * RANDOM.nextInt(400)).canonical();
      numbers.add(pnr);
      csv.append(pnr).append(',').append(born).append(",fall,Namn ").append(i).append("\r\n");
    }
    return csv.toString();
  }

  /** An access request about a child whose identity number is made up now. */
  static Intake accessIntake(Instant received) {
    String child = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(2016, 5, 14), 2 + 2 * RANDOM.nextInt(400)).canonical();
    return new Intake(Set.of(RequestType.ACCESS), Requester.self(), "care-recipient", List.of(new SubjectIdentifier("se-personnummer", child)), received);
  }

  private static KeyPair ecKeys() {
    try {
      KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC");
      kpg.initialize(new ECGenParameterSpec("secp256r1"));
      return kpg.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate certificate(String subject, KeyPair subjectKeys, KeyPair issuerKeys, int keyUsage, boolean ca) {
    try {
      Instant now = Instant.now();
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name("CN=Host test CA"), new BigInteger(64, RANDOM).add(BigInteger.ONE),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))), new X500Name(subject), subjectKeys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : keyUsage));
      if (!ca) {
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
      }
      return new JcaX509CertificateConverter().getCertificate(
          b.build(new JcaContentSignerBuilder("SHA256withECDSA").setProvider(new BouncyCastleProvider()).build(issuerKeys.getPrivate())));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
