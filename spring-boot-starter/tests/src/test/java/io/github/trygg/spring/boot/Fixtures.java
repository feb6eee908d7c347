package io.github.trygg.spring.boot;

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
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyStoreProvider;
import io.github.trygg.crypto.seal.Pem;
import io.github.trygg.crypto.seal.PrivateKeyHandle;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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

/** Files and values the tests configure the starter with, all made at run time: no real key, person or certificate. */
final class Fixtures {
  static final SecureRandom RANDOM = new SecureRandom();
  /** The key id of the record policy in src/test/resources/trygg/export.policy.yaml. */
  static final String KEY_ID = "export";
  /** The key id of the DSR desk's subject pseudonyms, in every key file and store the fixtures make. */
  static final String SUBJECT_KEY_ID = "dsr-subjects";
  /** The key id the DSR store seals identifiers under, in every key file and store the fixtures make. */
  static final String IDENTIFIER_KEY_ID = "dsr-identifiers";
  static final String POLICY = "classpath:trygg/export.policy.yaml";
  /** A password the tests look for in every message and toString: it must never appear. */
  static final String PASSWORD = "Hemligt-losenord-4711";

  private Fixtures() {}

  /** The sample municipality's register folder (examples/registers/exempelkommun). */
  static Path samples() {
    return Path.of(System.getProperty("trygg.samples", "../../../examples/registers/exempelkommun")).toAbsolutePath().normalize();
  }

  /** {@code trygg.register.files} for the vendor's product profile and the municipality's usage file. */
  static String[] register() {
    return new String[] {
        "trygg.register.files[0]=" + samples().resolve("product-larmkraft.yaml"),
        "trygg.register.files[1]=" + samples().resolve("register.yaml")};
  }

  /**
   * {@code trygg.register.files} for the sample register without its organisation block, so
   * without a jurisdiction of its own.
   */
  static String[] registerWithoutOrganisation(Path dir) {
    try {
      String usage = Files.readString(samples().resolve("register.yaml"), StandardCharsets.UTF_8);
      // The committees that are controllers are units of the organisation: they go with it.
      String without = usage.replaceFirst("(?s)\norganisation:\n.*?\n\n", "\n").replaceAll("(?m)^ +controller: [a-z-]+\n", "");
      if (without.equals(usage)) {
        throw new IllegalStateException("the sample register has no organisation block to remove");
      }
      Path file = Files.writeString(dir.resolve("register-without-organisation.yaml"), without, StandardCharsets.UTF_8);
      return new String[] {"trygg.register.files[0]=" + samples().resolve("product-larmkraft.yaml"), "trygg.register.files[1]=" + file};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new key file with fresh keys {@value #KEY_ID}, {@value #SUBJECT_KEY_ID} and {@value #IDENTIFIER_KEY_ID}. */
  static Path keyFile(Path dir) {
    Path file = dir.resolve("keys-" + RANDOM.nextInt(1_000_000) + ".json");
    KeyFileProvider.create(file, KEY_ID);
    KeyFileProvider.rotate(file, SUBJECT_KEY_ID);
    KeyFileProvider.rotate(file, IDENTIFIER_KEY_ID);
    return file;
  }

  /** A new PKCS#12 store with fresh keys {@value #KEY_ID}, {@value #SUBJECT_KEY_ID} and {@value #IDENTIFIER_KEY_ID}, under {@link #PASSWORD}. */
  static Path pkcs12(Path dir) {
    Path file = dir.resolve("keys-" + RANDOM.nextInt(1_000_000) + ".p12");
    KeyStoreProvider store = KeyStoreProvider.createPkcs12(file, PASSWORD.toCharArray(), KEY_ID);
    store.rotate(SUBJECT_KEY_ID);
    store.rotate(IDENTIFIER_KEY_ID);
    return file;
  }

  /**
   * The properties of a DSR desk on a file journal in {@code dir}, over the sample register, with
   * its keys in a new key file ({@code trygg.keys.key-file}): subject pseudonyms under {@value
   * #SUBJECT_KEY_ID}, identifiers sealed under {@value #IDENTIFIER_KEY_ID}.
   */
  static List<String> journalDesk(Path dir) {
    List<String> p = new ArrayList<>(List.of(register()));
    p.add("trygg.dsr.journal=" + dir.resolve("dsr.journal"));
    p.add("trygg.keys.key-file=" + keyFile(dir));
    p.add("trygg.dsr.subject-key-id=" + SUBJECT_KEY_ID);
    p.add("trygg.dsr.identifier-key-id=" + IDENTIFIER_KEY_ID);
    return p;
  }

  /** {@code properties} without those that start with {@code prefix}. */
  static List<String> without(List<String> properties, String prefix) {
    List<String> rest = new ArrayList<>(properties);
    rest.removeIf(p -> p.startsWith(prefix));
    return rest;
  }

  /** A Swedish personnummer made up now for a child born in 2016. */
  static String childNumber() {
    return IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(2016, 5, 14), 2 + 2 * RANDOM.nextInt(400)).canonical();
  }

  /** An access request about {@code subject}, received at {@code received}. */
  static Intake accessRequest(String subject, Instant received) {
    return new Intake(Set.of(RequestType.ACCESS), Requester.self(), "care-recipient",
        List.of(new SubjectIdentifier("se-personnummer", subject)), received);
  }

  /** A CSV of three visits with identity numbers made up now. */
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

  /** An e-mail to a person with personal data in Sweden: allowed when sealed. */
  static MessageContext email() {
    return MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.EMAIL).declaredContent(ContentClass.PERSONAL_DATA).build();
  }

  /** A Norwegian web portal at ID-porten level 3: denied for health data. */
  static MessageContext portalAtLevel3() {
    return MessageContext.builder().jurisdiction(Jurisdiction.NORWAY).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.WEB_PORTAL).declaredContent(ContentClass.PERSONAL_DATA)
        .transport(TransportProtection.TLS).recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)).build();
  }

  /** A CA, a care unit that signs and a patient who receives, made now. */
  static final class Pki {
    final X509Certificate ca;
    final X509Certificate unit;
    final X509Certificate patient;
    final SenderCredential unitCredential;
    final RecipientCredential patientCredential;

    Pki() {
      KeyPair caKeys = ecKeys();
      ca = certificate("CN=Starter test CA", caKeys, "CN=Starter test CA", caKeys, 0, true);
      KeyPair unitKeys = ecKeys();
      unit = certificate("CN=Care unit", unitKeys, "CN=Starter test CA", caKeys, KeyUsage.digitalSignature, false);
      KeyPair patientKeys = ecKeys();
      patient = certificate("CN=Patient", patientKeys, "CN=Starter test CA", caKeys, KeyUsage.keyAgreement, false);
      unitCredential = SenderCredential.of(PrivateKeyHandle.of(unitKeys.getPrivate()), unit);
      patientCredential = RecipientCredential.of(PrivateKeyHandle.of(patientKeys.getPrivate()), patient);
    }

    /** The CA certificate as a PEM file. */
    Path caPem(Path dir) {
      try {
        return Files.writeString(dir.resolve("ca-" + RANDOM.nextInt(1_000_000) + ".pem"), Pem.encode("CERTIFICATE", ca.getEncoded()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (CertificateEncodingException e) {
        throw new IllegalStateException(e);
      }
    }
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

  private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys, int keyUsage, boolean ca) {
    try {
      Instant now = Instant.now();
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(new X500Name(issuer), new BigInteger(64, RANDOM).add(BigInteger.ONE),
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
