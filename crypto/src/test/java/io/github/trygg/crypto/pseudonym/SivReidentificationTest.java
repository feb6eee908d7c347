package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.Seeds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SivReidentificationTest {
  static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
  final List<ReidentificationEvent> events = new ArrayList<>();
  final Pseudonymisation pseudonymisation = Pseudonymisation.builder()
      .keys(TestKeys.provider())
      .audit(events::add)
      .clock(Clock.fixed(NOW, ZoneOffset.UTC))
      .build();
  final PseudonymisationDomain domain = TestKeys.domain("care-export");
  final Authorisation dpo = new Authorisation("anna.andersson", "dpo", "access request under GDPR Art. 15", "DSR-2026-0042");

  @Test
  void anAuthorisedRoleGetsTheValueBackAndTheAttemptIsAudited() {
    String pseudonym = pseudonymisation.siv(domain).pseudonymise("Åsa Öberg");
    assertTrue(pseudonym.startsWith("export.2."), pseudonym);
    Reidentifier reidentifier = pseudonymisation.reidentifier(domain, Technique.AES_SIV);
    assertEquals("Åsa Öberg", reidentifier.reidentify(pseudonym, dpo));
    assertEquals(1, events.size());
    ReidentificationEvent event = events.get(0);
    assertEquals(ReidentificationEvent.Outcome.GRANTED, event.outcome());
    assertEquals(NOW, event.at());
    assertEquals("care-export", event.domain());
    assertEquals(new KeyRef("export", 2), event.key());
    assertEquals(pseudonym, event.pseudonym());
    assertEquals(dpo, event.authorisation());
    assertFalse(event.toString().contains("Åsa"), "the value is never in the audit event");
  }

  @Test
  void anotherRoleIsDeniedAndTheDenialAudited() {
    String pseudonym = pseudonymisation.siv(domain).pseudonymise("kund-4711");
    Reidentifier reidentifier = pseudonymisation.reidentifier(domain, Technique.AES_SIV);
    Authorisation analyst = Authorisation.of("bo", "analyst", "curious");
    ReidentificationDeniedException e = assertThrows(ReidentificationDeniedException.class, () -> reidentifier.reidentify(pseudonym, analyst));
    assertFalse(e.getMessage().contains("kund-4711"));
    assertEquals(ReidentificationEvent.Outcome.DENIED, events.get(0).outcome());
    // A domain without roles lets nobody re-identify.
    PseudonymisationDomain closed = TestKeys.domain("closed", PseudonymPolicy.DETERMINISTIC);
    String p = pseudonymisation.siv(closed).pseudonymise("kund-4711");
    assertThrows(ReidentificationDeniedException.class, () -> pseudonymisation.reidentifier(closed, Technique.AES_SIV).reidentify(p, dpo));
  }

  @Test
  void tamperedForeignAndMalformedPseudonymsFail() {
    String pseudonym = pseudonymisation.siv(domain).pseudonymise("kund-4711");
    Reidentifier reidentifier = pseudonymisation.reidentifier(domain, Technique.AES_SIV);
    char last = pseudonym.charAt(pseudonym.length() - 1);
    String tampered = pseudonym.substring(0, pseudonym.length() - 1) + (last == 'A' ? 'B' : 'A');
    String foreign = pseudonymisation.siv(TestKeys.domain("research", PseudonymPolicy.DETERMINISTIC, "dpo")).pseudonymise("kund-4711");
    for (String bad : List.of(tampered, foreign, "export.2", "export.x.AAAA", "other.1.AAAA", "export.2.!!", "export.2.AAAA")) {
      assertThrows(InvalidPseudonymException.class, () -> reidentifier.reidentify(bad, dpo), bad);
    }
    assertTrue(events.stream().allMatch(e -> e.outcome() == ReidentificationEvent.Outcome.FAILED));
    assertEquals(7, events.size());
  }

  @Test
  void oldVersionsStayReadableUntilDisabled() {
    KeyProvider v1Primary = KeyProvider.of(List.of(TestKeys.key("export", 1, KeyStatus.PRIMARY, 0x11)));
    String old = Pseudonymisation.builder().keys(v1Primary).build().siv(domain).pseudonymise("kund-4711");
    assertTrue(old.startsWith("export.1."));
    // After rotation v1 is enabled: still readable, and new pseudonyms differ.
    assertEquals("kund-4711", pseudonymisation.reidentifier(domain, Technique.AES_SIV).reidentify(old, dpo));
    assertNotEquals(old, pseudonymisation.siv(domain).pseudonymise("kund-4711"));
    // Disabled: refused, and the attempt is audited as failed with the version.
    KeyProvider disabled = KeyProvider.of(List.of(TestKeys.key("export", 1, KeyStatus.DISABLED, 0x11), TestKeys.key("export", 2, KeyStatus.PRIMARY, 0x22)));
    Reidentifier r = Pseudonymisation.builder().keys(disabled).audit(events::add).build().reidentifier(domain, Technique.AES_SIV);
    KeyException e = assertThrows(KeyException.class, () -> r.reidentify(old, dpo));
    assertEquals(KeyException.Reason.DISABLED, e.reason());
    ReidentificationEvent last = events.get(events.size() - 1);
    assertEquals(ReidentificationEvent.Outcome.FAILED, last.outcome());
    assertEquals(new KeyRef("export", 1), last.key());
  }

  @Test
  void nothingIsHandedOutWhenTheAuditFails() {
    Pseudonymisation failing = Pseudonymisation.builder().keys(TestKeys.provider()).audit(event -> {
      throw new IllegalStateException("audit log unavailable");
    }).build();
    String pseudonym = failing.siv(domain).pseudonymise("kund-4711");
    assertThrows(IllegalStateException.class, () -> failing.reidentifier(domain, Technique.AES_SIV).reidentify(pseudonym, dpo));
  }

  @Test
  void oneWayTechniquesHaveNoReidentifier() {
    assertThrows(IllegalArgumentException.class, () -> pseudonymisation.reidentifier(domain, Technique.HMAC_SHA256));
  }

  @Test
  void roundTripDeterminismAndUnlinkabilityOverThousandsOfValues() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    Pseudonymiser a = pseudonymisation.siv(domain);
    Pseudonymiser b = pseudonymisation.siv(TestKeys.domain("research"));
    Reidentifier back = pseudonymisation.reidentifier(domain, Technique.AES_SIV);
    for (int i = 0; i < 3000; i++) {
      String value = HmacPseudonymTest.randomValue(random);
      String message = "seed " + seed + ", value #" + i;
      String p = a.pseudonymise(value);
      assertEquals(p, a.pseudonymise(value), message);
      assertEquals(value, back.reidentify(p, dpo), message);
      String q = b.pseudonymise(value);
      assertNotEquals(p.substring(p.lastIndexOf('.')), q.substring(q.lastIndexOf('.')), message);
    }
  }

  @Test
  void lengthIsHiddenWithinABlock() {
    Pseudonymiser p = pseudonymisation.siv(domain);
    int one = p.pseudonymise("a").length();
    assertEquals(one, p.pseudonymise("abcdefghijklmno").length());
    assertTrue(p.pseudonymise("abcdefghijklmnop").length() > one);
  }
}
