package io.github.trygg.core.message;

import io.github.trygg.core.Sector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.register.TransportProtection;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cases the research names as must-haves, end to end: text scanned, context evaluated. */
class MustHaveCasesTest {
  static final SecureMessageRules RULES = SecureMessageRules.bundled();
  static final SensitiveContentDetector DETECTOR = SensitiveContentDetector.bundled();
  static final LocalDate REF = LocalDate.of(2026, 11, 24);

  static Decision decide(MessageContext.Builder context, String text) {
    return RULES.evaluate(context.build(), DETECTOR.scan(text, REF));
  }

  @Test
  void reminderNamingAPsychiatricUnitIsDenied() {
    Decision d = decide(DecisionTableTest.seReminder(), "Påminnelse: du har en tid hos Vuxenpsykiatrin Södra tisdag kl 14.00.");
    assertEquals(Verdict.DENY, d.verdict(), d.explain(Language.SWEDISH));
    assertEquals("SE-03", d.ruleId());
    assertEquals("no-health-details", d.unmetRequirements().get(0).id());
    assertEquals(ContentClass.SENSITIVE, d.effectiveContent());
    assertEquals(Adjustment.Kind.CONTENT_RAISED_BY_DETECTION, d.adjustments().get(0).kind());
  }

  @Test
  void theSameReminderWithANeutralUnitMayGo() {
    Decision d = decide(DecisionTableTest.seReminder(), "Påminnelse: du har en tid hos oss tisdag kl 14.00. Välkommen!");
    assertEquals(Verdict.ALLOW_WITH_CONDITIONS, d.verdict());
    assertTrue(d.requires(RequiredMeasure.NO_CONTENT_LINK_WITHOUT_STRONG_AUTH), "the exception never lifts strong authentication");
  }

  @Test
  void reminderWithoutConsentIsDenied() {
    Decision d = decide(DecisionTableTest.seReminder().consent(java.util.Optional.empty()), "Påminnelse: tid tisdag kl 14.00.");
    assertEquals("SE-04", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
  }

  @Test
  void testResultByEmailWithConsentIsDenied() {
    Decision d = decide(DecisionTableTest.seCare().consent(ConsentRecord.of(ConsentBasis.EXPLICIT_CONSENT)).transport(TransportProtection.TLS),
        "Hej! Ditt provsvar är klart: inga tecken på klamydia.");
    assertEquals("SE-05", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertTrue(d.adjustments().stream().anyMatch(a -> a.kind() == Adjustment.Kind.CONSENT_CANNOT_WAIVE), d.adjustments().toString());
    assertTrue(d.remedies().contains(RequiredMeasure.ENCRYPT_END_TO_END));
  }

  @Test
  void minIdPortalWithHealthDataIsDenied() {
    Decision d = decide(DecisionTableTest.noCare().channel(Channel.WEB_PORTAL).transport(TransportProtection.TLS)
        .recipientAssurance(AssuranceLevel.fromIdPortenLevel(3)), "Epikrise etter innleggelse for hjerteinfarkt.");
    assertEquals("NO-17", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertEquals(java.util.List.of(RequiredMeasure.STRONG_AUTH_HIGH), d.remedies());
  }

  @Test
  void fodselsnummerInPlainEmailIsDenied() {
    Decision d = decide(DecisionTableTest.noCare().sector(Sector.OTHER).transport(TransportProtection.TLS),
        "Hei, vi trenger bekreftelse på fødselsnummer " + SensitiveContentDetectorTest.NO.canonical() + ".");
    assertEquals("NO-15", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertEquals(Set.of(ContentHitKind.NO_FODSELSNUMMER), d.hitKinds());
  }

  @Test
  void barnevernEmailWithNeutralTextIsDenied() {
    Decision d = decide(DecisionTableTest.noCare().sector(Sector.SOCIAL_SERVICES).declaredContent(ContentClass.NO_PERSONAL_DATA),
        "Hei! Ring oss gjerne i morgen. Vennlig hilsen kommunen");
    assertEquals("NO-20", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertEquals(ContentClass.SECRECY_PROTECTED, d.effectiveContent());
    assertEquals(SecureInfrastructure.NO_DIGITAL_POSTKASSE, d.suggestedAlternative().orElseThrow().infrastructure().orElseThrow());
  }

  @Test
  void sealedEmailToAPatientIsAllowedWithConditions() {
    Decision d = decide(DecisionTableTest.seCare().declaredContent(ContentClass.SENSITIVE).transport(TransportProtection.END_TO_END),
        "Ditt provsvar: HbA1c 48 mmol/mol. Diabetes typ 2 bekräftad.");
    assertEquals("SE-06", d.ruleId());
    assertEquals(Verdict.ALLOW_WITH_CONDITIONS, d.verdict());
    assertTrue(d.requires(RequiredMeasure.ENCRYPT_END_TO_END) && d.requires(RequiredMeasure.VERIFY_RECIPIENT_KEY));
  }

  @Test
  void inkorg1177WithBankIdIsAllowed() {
    Decision d = decide(MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE).recipientKind(RecipientKind.INDIVIDUAL)
        .channel(Channel.SECURE_INFRASTRUCTURE).infrastructure(SecureInfrastructure.SE_1177_INKORG).declaredContent(ContentClass.SENSITIVE)
        .transport(TransportProtection.TLS).recipientAssurance(AssuranceLevel.fromSwedishTillitsniva(3)), "Ditt provsvar från onkologen är klart.");
    assertEquals("SE-07", d.ruleId());
    assertEquals(Verdict.ALLOW, d.verdict());
  }
}
