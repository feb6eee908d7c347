package io.github.trygg.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.Language;
import io.github.trygg.core.register.TransportProtection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties every decision of the shipped table keeps, checked on many generated contexts. Replay
 * a failure with {@code -Dtrygg.seed=<seed>}.
 */
class RulePropertiesTest {
  static final SecureMessageRules RULES = SecureMessageRules.bundled();
  static final int RUNS = 20_000;

  @Test
  void consentNeverChangesTheVerdictForSensitiveContent() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    int checked = 0;
    for (int i = 0; i < RUNS; i++) {
      MessageContext c = RandomContexts.next(r);
      Decision with = RULES.evaluate(c);
      if (c.consent().isEmpty() || with.effectiveContent().compareTo(ContentClass.PERSONAL_DATA) <= 0) {
        continue;
      }
      Decision without = RULES.evaluate(MessageContext.builder().from(c).consent(Optional.empty()).build());
      assertEquals(without.verdict(), with.verdict(), () -> "seed " + seed + "\n" + c + "\n" + with.explain(Language.ENGLISH) + without.explain(Language.ENGLISH));
      assertTrue(with.measures().containsAll(without.measures()) || with.verdict() == Verdict.DENY, () -> "seed " + seed + ": consent removed a measure\n" + c);
      checked++;
    }
    assertTrue(checked > 1000, "only " + checked + " contexts with consent and sensitive content");
  }

  @Test
  void raisingTheContentClassNeverMakesADecisionMorePermissive() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < RUNS; i++) {
      MessageContext c = RandomContexts.next(r);
      Verdict before = RULES.evaluate(c).verdict();
      for (ContentClass higher : ContentClass.values()) {
        if (higher.compareTo(c.declaredContent()) > 0) {
          MessageContext raised = MessageContext.builder().from(c).declaredContent(higher).build();
          Verdict after = RULES.evaluate(raised).verdict();
          assertTrue(after.compareTo(before) >= 0, () -> "seed " + seed + ": " + c + " -> " + higher + " gave " + after + " after " + before);
        }
      }
    }
  }

  @Test
  void strongerTransportOrAuthenticationNeverMakesADecisionStricter() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < RUNS; i++) {
      MessageContext c = RandomContexts.next(r);
      Verdict before = RULES.evaluate(c).verdict();
      for (TransportProtection t : TransportProtection.values()) {
        if (t.compareTo(c.transport()) > 0) {
          Verdict after = RULES.evaluate(MessageContext.builder().from(c).transport(t).build()).verdict();
          assertTrue(after.compareTo(before) <= 0, () -> "seed " + seed + ": " + c + " with transport " + t + " gave " + after + " after " + before);
        }
      }
      for (AssuranceLevel a : AssuranceLevel.values()) {
        if (a.compareTo(c.recipientAssurance()) > 0) {
          Verdict after = RULES.evaluate(MessageContext.builder().from(c).recipientAssurance(a).build()).verdict();
          assertTrue(after.compareTo(before) <= 0, () -> "seed " + seed + ": " + c + " with assurance " + a + " gave " + after + " after " + before);
        }
      }
    }
  }

  @Test
  void aScanCanRaiseButNeverLowerTheContentClass() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < RUNS; i++) {
      MessageContext c = RandomContexts.next(r);
      ContentClass detected = RandomContexts.pick(r, ContentClass.values());
      ContentScan scan = detected == ContentClass.NO_PERSONAL_DATA ? ContentScan.nothing()
          : ContentScan.of(List.of(new ContentHit(ContentHitKind.HEALTH_TERM, 0, 4, detected, "test", "term", false)));
      Decision d = RULES.evaluate(c, scan);
      assertTrue(d.effectiveContent().compareTo(ContentClass.max(c.declaredContent(), detected)) >= 0, () -> "seed " + seed + ": " + c);
      assertTrue(d.verdict().compareTo(RULES.evaluate(c).verdict()) >= 0, () -> "seed " + seed + ": a scan made " + c + " more permissive");
    }
  }

  @Test
  void everyDecisionIsExplained() {
    long seed = RandomContexts.seed();
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 2_000; i++) {
      MessageContext c = RandomContexts.next(r);
      Decision d = RULES.evaluate(c);
      String message = "seed " + seed + ": " + c;
      assertFalse(d.ruleId().isEmpty(), message);
      assertFalse(d.legalBasis().isEmpty(), message);
      assertFalse(d.rationale().en().isEmpty(), message);
      assertFalse(d.factors().isEmpty() && !d.ruleId().equals("ALL-21"), message);
      d.measures().forEach(m -> assertFalse(d.describe(m).sv().isEmpty(), message));
      if (d.verdict() == Verdict.DENY) {
        assertFalse(d.remedies().isEmpty(), message);
      }
      for (Language l : Language.values()) {
        assertTrue(d.explain(l).contains(d.ruleId()), message);
      }
    }
  }
}
