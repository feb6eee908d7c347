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
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.RegisterReader;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.KeyProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.seal.PrivateKeyHandle;
import io.github.trygg.crypto.seal.RecipientCredential;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.send.MessageDeniedException;
import io.github.trygg.crypto.send.SealedDispatch;
import io.github.trygg.crypto.send.SecureSender;
import io.github.trygg.dsr.audit.SubjectPseudonymiser;
import io.github.trygg.dsr.cases.DsrCases;
import io.github.trygg.dsr.cases.Intake;
import io.github.trygg.dsr.request.DataSubjectRequest;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
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

/**
 * The jobs a host runs every day, through Trygg's published API only. Every step checks its own
 * result and throws if it is wrong, so a consumer build fails loudly.
 */
public final class EverydayJobs {
  private static final SecureRandom RANDOM = new SecureRandom();

  private EverydayJobs() {}

  /** What the jobs produced, without personal data. */
  public record Summary(int systems, String verdict, String ruleId, int sealedBytes, long records, String dsrRequest, LocalDate dsrDue) {}

  public static Summary runAll(Path registerDir, Path policyFile, Path work) {
    Register register = readRegister(registerDir);
    SealedDispatch sealed = decideAndSeal();
    RecordReport report = pseudonymise(policyFile, work);
    DataSubjectRequest request = openDsrRequest(register, work);
    return new Summary(register.systems().size(), sealed.decision().verdict().name(), sealed.decision().ruleId(),
        sealed.message().encoded().length, report.records(), request.id(), request.deadline().due());
  }

  /** The vendor's product profile plus the municipality's usage file. */
  public static Register readRegister(Path dir) {
    Register register = RegisterReader.read(dir.resolve("product-larmkraft.yaml"), dir.resolve("register.yaml"));
    check(register.problems().isEmpty(), "the sample register has problems: " + register.problems());
    check(register.systems().size() > 1, "the sample register has no systems");
    return register;
  }

  /** Decides with the shipped secure-message rules, seals to a certificate made now, and opens it again. */
  public static SealedDispatch decideAndSeal() {
    KeyPair caKeys = ecKeys();
    X509Certificate ca = certificate("CN=Host test CA", caKeys, "CN=Host test CA", caKeys, 0, true);
    KeyPair unitKeys = ecKeys();
    X509Certificate unit = certificate("CN=Care unit", unitKeys, "CN=Host test CA", caKeys, KeyUsage.digitalSignature, false);
    KeyPair patientKeys = ecKeys();
    X509Certificate patient = certificate("CN=Patient", patientKeys, "CN=Host test CA", caKeys, KeyUsage.keyAgreement, false);

    SecureEnvelopes envelopes = SecureEnvelopes.builder().addTrustAnchor(ca).build();
    SecureSender sender = SecureSender.builder().envelopes(envelopes).build();
    SenderCredential unitCredential = SenderCredential.of(PrivateKeyHandle.of(unitKeys.getPrivate()), unit);
    MessageContext email = MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.EMAIL).declaredContent(ContentClass.PERSONAL_DATA).build();
    String text = "Hej! Ditt provsvar är klart: blodsocker 6,1 mmol/l.";
    SealedDispatch dispatch = sender.send(email, text, unitCredential, List.of(patient));

    byte[] opened = envelopes.openAndVerify(dispatch.message().encoded(), RecipientCredential.of(PrivateKeyHandle.of(patientKeys.getPrivate()), patient)).content();
    check(text.equals(new String(opened, StandardCharsets.UTF_8)), "the sealed message did not open to its text");

    // A discharge summary through a Norwegian web portal at ID-porten level 3: the rules deny it, nothing is sealed.
    MessageContext portal = MessageContext.builder().jurisdiction(Jurisdiction.NORWAY).sector(Sector.HEALTHCARE)
        .recipientKind(RecipientKind.INDIVIDUAL).channel(Channel.WEB_PORTAL).declaredContent(ContentClass.PERSONAL_DATA)
        .transport(TransportProtection.TLS).recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)).build();
    try {
      sender.send(portal, "Epikrise: innlagt for hjerteinfarkt.", unitCredential, List.of(patient));
      throw new IllegalStateException("a discharge summary at level 3 was not denied");
    } catch (MessageDeniedException expected) {
      check(!expected.getMessage().contains("hjerteinfarkt"), "the denial quotes the message");
    }
    return dispatch;
  }

  /** A small CSV with identity numbers made up now, through a record policy and a key file. */
  public static RecordReport pseudonymise(Path policyFile, Path work) {
    try {
      Path keys = work.resolve("keys.json");
      Files.deleteIfExists(keys);
      KeyFileProvider provider = KeyFileProvider.create(keys, "export");
      Path in = work.resolve("visits.csv");
      Path out = work.resolve("visits.pseudonymised.csv");
      List<String> people = new ArrayList<>();
      StringBuilder csv = new StringBuilder("personnummer,birthDate,alarmType,name\r\n");
      for (int i = 0; i < 3; i++) {
        LocalDate born = LocalDate.of(1940 + i, 3, 1 + i);
        String pnr = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, born, 2 + 2 * RANDOM.nextInt(400)).canonical();
        people.add(pnr);
        csv.append(pnr).append(',').append(born).append(",fall,Namn ").append(i).append("\r\n");
      }
      Files.writeString(in, csv.toString(), StandardCharsets.UTF_8);
      RecordPseudonymiser pseudonymiser = RecordPseudonymiser.builder()
          .policy(RecordPolicy.read(policyFile))
          .pseudonymisation(Pseudonymisation.builder().keys(provider).build())
          .build();
      RecordReport report = pseudonymiser.csv(in, out, CsvFormat.rfc4180());
      String result = Files.readString(out, StandardCharsets.UTF_8);
      check(report.records() == 3, "expected 3 records, got " + report.records());
      check(!result.contains("Namn") && result.startsWith("personnummer,birthDate,alarmType"), "the policy was not applied");
      for (String pnr : people) {
        check(!result.contains(pnr), "an identity number survived the policy");
      }
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens an access request in a file journal, its identifiers sealed and its subject pseudonymised
   * with keys from a key file, and reads its deadline. The only DSR step.
   */
  public static DataSubjectRequest openDsrRequest(Register register, Path work) {
    Path keyFile = work.resolve("dsr-keys-" + RANDOM.nextInt(1_000_000) + ".json");
    KeyFileProvider.create(keyFile, "dsr-subjects");
    KeyFileProvider.rotate(keyFile, "dsr-identifiers");
    KeyProvider keys = KeyFileProvider.open(keyFile);
    String child = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, LocalDate.of(2016, 5, 14), 2 + 2 * RANDOM.nextInt(400)).canonical();
    Instant received = Instant.now();
    Path journal = work.resolve("dsr-" + received.toEpochMilli() + ".journal");
    try (DsrStore store = DsrStores.fileJournal(journal, JournalOptions.defaults(), keys, "dsr-identifiers")) {
      DsrCases cases = DsrCases.builder().store(store).register(register).pseudonymiser(SubjectPseudonymiser.of(keys, "dsr-subjects")).build();
      DataSubjectRequest request = cases.requests().receive(new Intake(Set.of(RequestType.ACCESS), Requester.self(), "care-recipient",
          List.of(new SubjectIdentifier("se-personnummer", child)), received), "host-test");
      LocalDate today = LocalDate.now();
      check(request.deadline().due().isAfter(today.plusDays(20)), "an access request is due in about a month, not " + request.deadline().due());
      check(!cases.requests().explainDeadline(request.id()).isEmpty(), "the deadline has no reasons");
      check(request.subjectRef().startsWith("dsr-subjects.1."), "the subject is named by a pseudonym of the key file's key");
      check(cases.requests().request(request.id()).identifiers().get(0).value().equals(child), "the identifier does not come back from the journal");
      check(!Files.readString(journal, StandardCharsets.ISO_8859_1).contains(child.substring(2)), "an identifier is in the journal in clear");
      return request;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException(what);
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

  /** A test certificate made now with Bouncy Castle's builder; never a real key. */
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
