package io.github.trygg.crypto.send;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ConsentBasis;
import io.github.trygg.core.message.ConsentRecord;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.RequiredMeasure;
import io.github.trygg.core.message.SecureInfrastructure;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.SensitiveContentDetector;
import io.github.trygg.core.Sector;
import io.github.trygg.core.message.Verdict;
import io.github.trygg.core.register.TransportProtection;
import io.github.trygg.crypto.seal.SecureEnvelopes;
import io.github.trygg.crypto.seal.SenderCredential;
import io.github.trygg.crypto.seal.SignedDecision;
import io.github.trygg.crypto.seal.TestPki.Ca;
import io.github.trygg.crypto.seal.TestPki.Issued;
import io.github.trygg.crypto.seal.TestPki.Type;
import io.github.trygg.crypto.seal.VerifiedMessage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sender asks the rules first and never seals what they deny. */
class SecureSenderTest {
  static final Ca CA = new Ca("Trygg Sender Test CA");
  static final SecureEnvelopes ENVELOPES = SecureEnvelopes.builder().addTrustAnchor(CA.certificate).build();
  static final SecureSender SENDER = SecureSender.builder().envelopes(ENVELOPES).build();
  static final Issued CLINIC = CA.issue("Vårdcentralen Test", Type.EC_P256);
  static final SenderCredential CREDENTIAL = SenderCredential.of(CLINIC.handle(), CLINIC.certificate());
  static final Issued PATIENT = CA.issue("Patient Test", Type.X25519);

  static MessageContext.Builder patientEmail() {
    return MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE).recipientKind(RecipientKind.INDIVIDUAL)
        .channel(Channel.EMAIL).declaredContent(ContentClass.PERSONAL_DATA);
  }

  @Test
  void anAllowedMessageComesOutSealedWithItsDecision() {
    String text = "Hej! Ditt provsvar är klart: blodsocker 6,1 mmol/l.";
    SealedDispatch d = SENDER.send(patientEmail().consent(ConsentRecord.of(ConsentBasis.EXPLICIT_CONSENT)).build(), text, CREDENTIAL, List.of(PATIENT.certificate()));
    assertEquals("SE-06", d.decision().ruleId());
    assertEquals(Verdict.ALLOW_WITH_CONDITIONS, d.decision().verdict());
    assertEquals(ContentClass.SENSITIVE, d.decision().effectiveContent());
    assertEquals(TransportProtection.END_TO_END, d.evaluatedContext().transport());
    assertEquals(List.of(RequiredMeasure.ENCRYPT_END_TO_END, RequiredMeasure.AUTHENTICATED_ENCRYPTION, RequiredMeasure.VERIFY_RECIPIENT_KEY), d.measuresMet());
    assertEquals(List.of(RequiredMeasure.NO_CONTENT_LINK_WITHOUT_STRONG_AUTH), d.measuresForTheHost());
    VerifiedMessage opened = ENVELOPES.openAndVerify(d.message().encoded(), PATIENT.recipient());
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), opened.content());
    assertFalse(d.toString().contains("provsvar"));
    // The rule that allowed it travels signed with the content, for the recipient's audit trail.
    SignedDecision signed = opened.decision().orElseThrow();
    assertEquals("SE-06", signed.ruleId());
    assertEquals("ALLOW_WITH_CONDITIONS", signed.verdict());
    assertEquals(d.decision().table(), signed.table());
    assertEquals(d.decision().tableVersion(), signed.tableVersion());
    assertTrue(opened.recipientsBound());
    assertTrue(opened.intendedFor(PATIENT.certificate()));
  }

  @Test
  void aDeniedMessageIsNeverSealed() {
    MessageContext portal = MessageContext.builder().jurisdiction(Jurisdiction.NORWAY).sector(Sector.HEALTHCARE).recipientKind(RecipientKind.INDIVIDUAL)
        .channel(Channel.WEB_PORTAL).declaredContent(ContentClass.PERSONAL_DATA).transport(TransportProtection.TLS)
        .recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)).build();
    MessageDeniedException e = assertThrows(MessageDeniedException.class,
        () -> SENDER.send(portal, "Epikrise: innlagt for hjerteinfarkt.", CREDENTIAL, List.of(PATIENT.certificate())));
    assertEquals("NO-17", e.decision().ruleId());
    assertFalse(e.getMessage().contains("hjerteinfarkt"), "the message text never goes into the exception");
  }

  @Test
  void aReservationInKrrStopsTheDigitalMailbox() {
    MessageContext reserved = MessageContext.builder().jurisdiction(Jurisdiction.NORWAY).sector(Sector.OTHER).recipientKind(RecipientKind.INDIVIDUAL)
        .channel(Channel.SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.NO_DIGITAL_POSTKASSE).declaredContent(ContentClass.PERSONAL_DATA)
        .recipientOptedOut(true).build();
    assertEquals("NO-18", assertThrows(MessageDeniedException.class,
        () -> SENDER.sendUnscanned(reserved, new byte[] {1, 2, 3}, CREDENTIAL, List.of(PATIENT.certificate()))).decision().ruleId());
  }

  @Test
  void checkShowsTheDecisionWithoutSealing() {
    Decision d = SENDER.check(patientEmail().purpose(Purpose.REMINDER_OR_SUMMONS).build(), "Påminnelse om tid hos BUP.");
    assertEquals(Verdict.ALLOW_WITH_CONDITIONS, d.verdict());
    assertEquals(ContentClass.SENSITIVE, d.effectiveContent());
  }

  /** For every context the sender either refuses exactly what the rules deny, or seals what they allow. */
  @Test
  void theSenderSealsExactlyWhatTheRulesAllow() {
    long seed = new SplittableRandom().nextLong();
    SplittableRandom r = new SplittableRandom(seed);
    SecureMessageRules rules = SecureMessageRules.bundled();
    SensitiveContentDetector detector = SensitiveContentDetector.bundled();
    String[] texts = {"Välkommen på fredag.", "Ditt provsvar är klart.", "Hei, barnevernet ber deg ringe.", "Oppgi fødselsnummer.", ""};
    int denied = 0;
    int sealed = 0;
    for (int i = 0; i < 400; i++) {
      MessageContext c = randomContext(r);
      String text = texts[r.nextInt(texts.length)];
      Decision expected = rules.evaluate(MessageContext.builder().from(c).transport(TransportProtection.END_TO_END).build(), detector.scan(text, LocalDate.now()));
      if (expected.verdict() == Verdict.DENY) {
        MessageDeniedException e = assertThrows(MessageDeniedException.class, () -> SENDER.send(c, text, CREDENTIAL, List.of(PATIENT.certificate())), "seed " + seed);
        assertEquals(expected.ruleId(), e.decision().ruleId(), "seed " + seed);
        denied++;
      } else {
        SealedDispatch d = SENDER.send(c, text, CREDENTIAL, List.of(PATIENT.certificate()));
        assertTrue(d.decision().permits(), "seed " + seed);
        assertEquals(expected.ruleId(), d.decision().ruleId(), "seed " + seed);
        sealed++;
      }
    }
    assertTrue(denied > 10 && sealed > 10, "seed " + seed + ": " + denied + " denied, " + sealed + " sealed");
  }

  static MessageContext randomContext(SplittableRandom r) {
    Jurisdiction j = Jurisdiction.values()[r.nextInt(2)];
    RecipientKind kind = RecipientKind.values()[r.nextInt(2)];
    Channel channel = Channel.values()[r.nextInt(Channel.values().length)];
    MessageContext.Builder b = MessageContext.builder().jurisdiction(j).sector(Sector.values()[r.nextInt(3)]).recipientKind(kind)
        .declaredContent(ContentClass.values()[r.nextInt(4)]).purpose(Purpose.values()[r.nextInt(2)])
        .recipientAssurance(AssuranceLevel.values()[r.nextInt(4)]).recipientOptedOut(r.nextInt(4) == 0).transport(TransportProtection.values()[r.nextInt(3)]);
    List<SecureInfrastructure> fitting = java.util.Arrays.stream(SecureInfrastructure.values()).filter(x -> x.jurisdiction() == j && x.serves(kind)).toList();
    if (channel == Channel.SECURE_INFRASTRUCTURE) {
      b.channel(channel).infrastructure(fitting.get(r.nextInt(fitting.size())));
    } else {
      b.channel(channel);
    }
    if (r.nextBoolean()) {
      b.consent(ConsentRecord.of(ConsentBasis.values()[r.nextInt(4)]));
    }
    if (r.nextInt(3) == 0) {
      b.controls(Set.of(io.github.trygg.core.message.OrganisationalControl.values()));
    }
    return b.build();
  }

}
