package io.github.trygg.dsr.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Sector;
import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.ContentClass;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.OrganisationalControl;
import io.github.trygg.core.message.Purpose;
import io.github.trygg.core.message.RecipientKind;
import io.github.trygg.core.message.SecureMessageRules;
import io.github.trygg.core.message.Verdict;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A consent of the registry, read by the secure-message rules through its one mapping. */
class ConsentForMessagesTest {
  static final SecureMessageRules RULES = SecureMessageRules.bundled();
  static final Instant GIVEN = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant SENT = Instant.parse("2026-04-01T09:00:00Z");

  static ConsentRecord byGuardian() {
    return new ConsentRecord("c-1", 1, "subject-ref", "sms-reminders", "v1", ConsentGiver.guardian("guardian-ref"), GIVEN, Optional.empty());
  }

  /** A Swedish reminder by SMS, under the exception's documented controls, with the consent as mapped. */
  static Decision reminder(Optional<io.github.trygg.core.message.ConsentRecord> consent) {
    return RULES.evaluate(MessageContext.builder().jurisdiction(Jurisdiction.SWEDEN).sector(Sector.HEALTHCARE).recipientKind(RecipientKind.INDIVIDUAL)
        .channel(Channel.SMS).declaredContent(ContentClass.PERSONAL_DATA).purpose(Purpose.REMINDER_OR_SUMMONS).consent(consent)
        .controls(Set.of(OrganisationalControl.RISK_ANALYSIS_DOCUMENTED, OrganisationalControl.EXCEPTION_DECISION_DOCUMENTED,
            OrganisationalControl.ROUTINES_IN_PLACE))
        .build());
  }

  @Test
  void aConsentInForceIsExplicitConsentByWhoGaveItForWhatItsNoticeNamed() {
    io.github.trygg.core.message.ConsentRecord mapped = byGuardian().forMessages(SENT, Set.of(Channel.SMS), Set.of(Purpose.REMINDER_OR_SUMMONS)).orElseThrow();
    assertEquals(io.github.trygg.core.message.ConsentRecord.GivenBy.GUARDIAN, mapped.givenBy());
    assertEquals(Optional.of(GIVEN), mapped.recordedAt());
    assertTrue(mapped.covers(Channel.SMS, Purpose.REMINDER_OR_SUMMONS));
    assertFalse(mapped.covers(Channel.EMAIL, Purpose.REMINDER_OR_SUMMONS), "only the channels the notice named");
    Decision d = reminder(Optional.of(mapped));
    assertEquals("SE-03", d.ruleId());
    assertEquals(Verdict.ALLOW_WITH_CONDITIONS, d.verdict());
  }

  @Test
  void aWithdrawnOrNotYetGivenConsentPermitsNoMessage() {
    ConsentRecord withdrawn = byGuardian().withdrawn(Instant.parse("2026-03-15T09:00:00Z"));
    Optional<io.github.trygg.core.message.ConsentRecord> none = withdrawn.forMessages(SENT, Set.of(Channel.SMS), Set.of(Purpose.REMINDER_OR_SUMMONS));
    assertEquals(Optional.empty(), none);
    Decision d = reminder(none);
    assertEquals("SE-04", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertEquals(Optional.empty(), byGuardian().forMessages(Instant.parse("2026-02-01T09:00:00Z"), Set.of(Channel.SMS), Set.of(Purpose.REMINDER_OR_SUMMONS)));
  }

  @Test
  void aConsentForEmailDoesNotOpenTheSmsException() {
    Decision d = reminder(byGuardian().forMessages(SENT, Set.of(Channel.EMAIL), Set.of(Purpose.REMINDER_OR_SUMMONS)));
    assertEquals(Verdict.DENY, d.verdict());
  }

  @Test
  void noNoticeGrantsEveryChannel() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> byGuardian().forMessages(SENT, Set.of(), Set.of(Purpose.REMINDER_OR_SUMMONS)));
    assertTrue(e.getMessage().contains("channels"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> byGuardian().forMessages(SENT, Set.of(Channel.SMS), Set.of()));
  }

  @Test
  void theSubjectsOwnConsentIsTheSubjects() {
    ConsentRecord own = new ConsentRecord("c-2", 1, "subject-ref", "sms-reminders", "v1", ConsentGiver.subject(), GIVEN, Optional.empty());
    assertEquals(io.github.trygg.core.message.ConsentRecord.GivenBy.DATA_SUBJECT,
        own.forMessages(SENT, Set.of(Channel.SMS), Set.of(Purpose.REMINDER_OR_SUMMONS)).orElseThrow().givenBy());
  }
}
