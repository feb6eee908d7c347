package io.github.trygg.dsr.consent;

import io.github.trygg.core.DataFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {
  static final ConsentRules RULES = ConsentRules.bundled();
  static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");
  static final ConsentPurpose CAMERA = new ConsentPurpose("night-camera", new LocalizedText("Kameratillsyn", "Kameratilsyn", "Camera supervision"),
      "v3", GuardianRule.ALL_GUARDIANS, false, true, List.of("nattillsyn"));
  static final ConsentPurpose APP = new ConsentPurpose("reminder-app", new LocalizedText("App", "App", "App"), "v1", GuardianRule.ANY_GUARDIAN, true, false, List.of());

  static ConsentRecord record(String id, String purpose, String notice, ConsentGiver by) {
    return new ConsentRecord(id, 1, "p1.k.child", purpose, notice, by, Instant.parse("2026-01-10T09:00:00Z"), Optional.empty());
  }

  static ConsentQuery child(Jurisdiction j, LocalDate birth, String... guardians) {
    return new ConsentQuery("p1.k.child", j, NOW, Optional.of(birth), false, List.of(guardians));
  }

  @Test
  void bundledAgeRules() {
    assertEquals(13, RULES.ageRule(Jurisdiction.SWEDEN, APP).age());
    assertEquals(13, RULES.ageRule(Jurisdiction.NORWAY, APP).age());
    assertEquals(18, RULES.ageRule(Jurisdiction.NORWAY, CAMERA).age());
    assertEquals(VerificationStatus.VERIFIED, RULES.ageRule(Jurisdiction.NORWAY, CAMERA).reference().status());
  }

  @Test
  void allGuardiansMustConsent() {
    List<ConsentRecord> one = List.of(record("c1", "night-camera", "v3", ConsentGiver.guardian("g1")));
    ConsentDecision d = RULES.evaluate(CAMERA, child(Jurisdiction.SWEDEN, LocalDate.of(2015, 3, 1), "g1", "g2"), one);
    assertFalse(d.valid());
    assertTrue(d.reasons().get(d.reasons().size() - 1).text().en().startsWith("1 of 2 guardians"), d.reasons().toString());
    List<ConsentRecord> both = List.of(one.get(0), record("c2", "night-camera", "v3", ConsentGiver.guardian("g2")));
    ConsentDecision ok = RULES.evaluate(CAMERA, child(Jurisdiction.SWEDEN, LocalDate.of(2015, 3, 1), "g1", "g2"), both);
    assertTrue(ok.valid(), ok.reasons().toString());
    assertEquals(2, ok.reliedOn().size());
  }

  @Test
  void oneWithdrawalEndsAllGuardiansConsent() {
    ConsentRecord g1 = record("c1", "night-camera", "v3", ConsentGiver.guardian("g1"));
    ConsentRecord g2 = record("c2", "night-camera", "v3", ConsentGiver.guardian("g2")).withdrawn(Instant.parse("2026-05-01T00:00:00Z"));
    assertFalse(RULES.evaluate(CAMERA, child(Jurisdiction.SWEDEN, LocalDate.of(2015, 3, 1), "g1", "g2"), List.of(g1, g2)).valid());
    // Before the withdrawal it was valid.
    ConsentQuery earlier = new ConsentQuery("p1.k.child", Jurisdiction.SWEDEN, Instant.parse("2026-04-01T00:00:00Z"),
        Optional.of(LocalDate.of(2015, 3, 1)), false, List.of("g1", "g2"));
    assertTrue(RULES.evaluate(CAMERA, earlier, List.of(g1, g2)).valid());
  }

  @Test
  void anyGuardianSufficesWhereThePurposeSaysSo() {
    ConsentDecision d = RULES.evaluate(APP, child(Jurisdiction.NORWAY, LocalDate.of(2016, 1, 1), "g1", "g2"),
        List.of(record("c1", "reminder-app", "v1", ConsentGiver.guardian("g2"))));
    assertTrue(d.valid());
    assertFalse(RULES.evaluate(APP, child(Jurisdiction.NORWAY, LocalDate.of(2016, 1, 1), "g1"),
        List.of(record("c1", "reminder-app", "v1", ConsentGiver.guardian("someone-else")))).valid());
  }

  @Test
  void aChildUnderTheAgeCannotConsentAlone() {
    List<ConsentRecord> own = List.of(record("c1", "reminder-app", "v1", ConsentGiver.subject()));
    // 12 years old on 1 June 2026: under 13.
    ConsentDecision under = RULES.evaluate(APP, child(Jurisdiction.SWEDEN, LocalDate.of(2013, 6, 2)), own);
    assertFalse(under.valid());
    assertTrue(under.reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.consent.under-age")));
    // 13 on the day: consents alone.
    assertTrue(RULES.evaluate(APP, child(Jurisdiction.SWEDEN, LocalDate.of(2013, 6, 1)), own).valid());
  }

  @Test
  void norwegianSpecialCategoryNeeds18() {
    ConsentPurpose health = new ConsentPurpose("health-app", new LocalizedText("a", "a", "a"), "v1", GuardianRule.ANY_GUARDIAN, false, true, List.of());
    List<ConsentRecord> own = List.of(record("c1", "health-app", "v1", ConsentGiver.subject()));
    assertFalse(RULES.evaluate(health, child(Jurisdiction.NORWAY, LocalDate.of(2009, 1, 1)), own).valid());
    assertTrue(RULES.evaluate(health, child(Jurisdiction.NORWAY, LocalDate.of(2008, 1, 1)), own).valid());
  }

  @Test
  void norwegianHealthMattersNeed16UnderThePatientRightsAct() {
    ConsentPurpose careConsent = new ConsentPurpose("home-nursing", new LocalizedText("a", "a", "a"), "v1", GuardianRule.ANY_GUARDIAN, false, true,
        List.of(), true);
    AgeRule rule = RULES.ageRule(Jurisdiction.NORWAY, careConsent);
    assertEquals(16, rule.age());
    assertTrue(rule.reference().citation().startsWith("pasient- og brukerrettighetsloven § 4-3"), rule.reference().citation());
    assertEquals(java.util.Set.of(io.github.trygg.core.Sector.HEALTHCARE), rule.scope().sectors());
    List<ConsentRecord> own = List.of(record("c1", "home-nursing", "v1", ConsentGiver.subject()));
    // 16 and a half: consents alone in a health matter, not for other special-category data.
    assertTrue(RULES.evaluate(careConsent, child(Jurisdiction.NORWAY, LocalDate.of(2009, 12, 1)), own).valid());
    assertFalse(RULES.evaluate(careConsent, child(Jurisdiction.NORWAY, LocalDate.of(2010, 7, 1)), own).valid());
    ConsentPurpose notHealth = new ConsentPurpose("home-nursing", new LocalizedText("a", "a", "a"), "v1", GuardianRule.ANY_GUARDIAN, false, true, List.of());
    assertFalse(RULES.evaluate(notHealth, child(Jurisdiction.NORWAY, LocalDate.of(2009, 12, 1)), own).valid());
    // Sweden has no age of its own for health matters: the general rule applies.
    assertEquals(18, RULES.ageRule(Jurisdiction.SWEDEN, careConsent).age());
  }

  @Test
  void consentUnderAnOlderNoticeDoesNotCount() {
    ConsentDecision d = RULES.evaluate(CAMERA, child(Jurisdiction.SWEDEN, LocalDate.of(2015, 3, 1), "g1"),
        List.of(record("c1", "night-camera", "v2", ConsentGiver.guardian("g1"))));
    assertFalse(d.valid());
    assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.consent.notice-version")));
  }

  @Test
  void guardianConsentStandsWhenTheChildComesOfAge() {
    ConsentDecision d = RULES.evaluate(APP, child(Jurisdiction.SWEDEN, LocalDate.of(2010, 1, 1), "g1"),
        List.of(record("c1", "reminder-app", "v1", ConsentGiver.guardian("g1"))));
    assertTrue(d.valid());
    assertTrue(d.reasons().stream().anyMatch(r -> r.ruleId().equals("dsr.consent.came-of-age")));
  }

  @Test
  void aMalformedAgeFileIsRejectedWithLocations() {
    String yaml = "format: trygg-consent-ages/1\nversion: x\nrules:\n  - {jurisdiction: sweden, kind: general, age: 40, reference: {citation: c, kind: statute, status: sure, scope: general}, scope: {jurisdictions: [sweden]}}\n";
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> ConsentRules.read("ages.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    assertEquals(List.of("out-of-range", "unknown-value"), e.problems().stream().map(p -> p.code()).toList());
    assertEquals("/rules/0/age", e.problems().get(0).location().pointer());
  }
}
