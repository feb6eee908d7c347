package io.github.trygg.dsr.breach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BreachRulesTest {
  static final BreachRules RULES = BreachRules.defaults();
  static final Instant AWARE = Instant.parse("2026-03-27T15:00:00Z");

  static PersonalDataBreach.Builder breach() {
    return PersonalDataBreach.builder().id("b-1").version(1).awareAt(AWARE).addNature(BreachNature.CONFIDENTIALITY)
        .description("Larmrapporter skickades till fel mottagare.").addSystems("larmcentral").addDataCategories("health")
        .addSubjectCategories("care-recipient").subjectsAffected(new Approximate(40, 60)).recordsAffected(new Approximate(100, 200))
        .likelyConsequences("Hälsouppgifter röjda för obehörig.").measuresTaken("Mottagaren har raderat.").measuresProposed("Kontroll av adresslistor.")
        .contactPoint("dataskyddsombud@exempelkommun.example").risk(BreachRisk.HIGH);
  }

  @Test
  void seventyTwoHoursExactlyAcrossTheDaylightSavingChange() {
    // 27 March 2026 15:00 UTC + 72 h = 30 March 15:00 UTC, although the clocks went forward on 29 March.
    assertEquals(Instant.parse("2026-03-30T15:00:00Z"), RULES.authorityDeadline(breach().build()));
  }

  @Test
  void highRiskNeedsTheAuthorityAndTheSubjects() {
    BreachAssessment a = RULES.assess(breach().build(), AWARE.plusSeconds(3600));
    assertTrue(a.notifyAuthority());
    assertFalse(a.authorityLate());
    assertEquals(BreachAssessment.SubjectNotice.REQUIRED, a.subjects());
    assertEquals(List.of(Instant.parse("2026-03-28T15:00:00Z"), Instant.parse("2026-03-29T15:00:00Z"), Instant.parse("2026-03-30T11:00:00Z")), a.reminders());
  }

  @Test
  void unlikelyRiskIsDocumentedOnly() {
    BreachAssessment a = RULES.assess(breach().risk(BreachRisk.UNLIKELY).build(), AWARE.plus(Duration.ofDays(5)));
    assertFalse(a.notifyAuthority());
    assertFalse(a.authorityLate());
    assertEquals(BreachAssessment.SubjectNotice.NOT_REQUIRED, a.subjects());
    assertTrue(a.reminders().isEmpty());
  }

  @Test
  void art34Exemptions() {
    assertEquals(BreachAssessment.SubjectNotice.EXEMPT,
        RULES.assess(breach().addExemptions(Art34Exemption.DATA_UNINTELLIGIBLE).build(), AWARE).subjects());
    assertEquals(BreachAssessment.SubjectNotice.PUBLIC_COMMUNICATION,
        RULES.assess(breach().addExemptions(Art34Exemption.DISPROPORTIONATE_EFFORT).build(), AWARE).subjects());
    assertEquals(BreachAssessment.SubjectNotice.NOT_REQUIRED, RULES.assess(breach().risk(BreachRisk.RISK).build(), AWARE).subjects());
  }

  @Test
  void lateNotificationNeedsReasons() {
    PersonalDataBreach late = breach().authorityNotifiedAt(AWARE.plus(Duration.ofHours(80))).build();
    BreachAssessment a = RULES.assess(late, AWARE.plus(Duration.ofHours(90)));
    assertTrue(a.authorityLate());
    assertTrue(RULES.draft(late).missing().stream().anyMatch(i -> i.key().equals("delay")));
    PersonalDataBreach explained = breach().authorityNotifiedAt(AWARE.plus(Duration.ofHours(80))).delayReason("Omfattningen utreddes").build();
    assertFalse(RULES.draft(explained).missing().stream().anyMatch(i -> i.key().equals("delay")));
    // Not notified and past the deadline is late as well.
    assertTrue(RULES.assess(breach().build(), AWARE.plus(Duration.ofHours(73))).authorityLate());
  }

  @Test
  void processorNoticeLimit() {
    PersonalDataBreach atProcessor = breach().processorNotice(new ProcessorNotice("vakta", AWARE.minus(Duration.ofHours(30)), Optional.of(AWARE))).build();
    assertEquals(Optional.of(true), RULES.assess(atProcessor, AWARE).processorLate());
    PersonalDataBreach prompt = breach().processorNotice(new ProcessorNotice("vakta", AWARE.minus(Duration.ofHours(3)), Optional.of(AWARE))).build();
    assertEquals(Optional.of(false), RULES.assess(prompt, AWARE).processorLate());
  }

  @Test
  void draftHasTheArticle33_3Content() {
    NotificationDraft d = RULES.draft(breach().build());
    assertEquals(List.of("a", "b", "c", "d", "timing"), d.sections().stream().map(s -> s.id()).toList());
    assertTrue(d.missing().isEmpty(), d.missing().toString());
    String md = d.toMarkdown(Language.ENGLISH);
    assertTrue(md.contains("40–60"), md);
    assertTrue(md.contains("Confidentiality breach"), md);
    assertTrue(RULES.draft(breach().measuresProposed("").build()).missing().stream().anyMatch(i -> i.key().equals("proposed")));
  }
}
