package io.github.trygg.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Problem;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.SampleRegisters;
import io.github.trygg.core.register.SystemKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule pack as data: complete, in three languages, replaceable, and rejected whole when wrong. */
class PropagationRulesTest {
  static String builtIn() throws IOException {
    try (InputStream in = PropagationRules.class.getResourceAsStream("propagation-rules.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static PropagationRules read(String text) {
    return PropagationRules.read("custom-rules.yaml", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);
  }

  @Test
  void theBuiltInPackHasEveryRuleCheckAndTriggerWithSources() {
    PropagationRules rules = PropagationRules.bundled();
    assertEquals(PropagationRules.RULE_IDS, rules.rules().stream().map(PropagationRule::id).toList());
    for (PropagationRule rule : rules.rules()) {
      assertTrue(!rule.sources().isEmpty(), rule.id());
      for (Language l : Language.values()) {
        assertTrue(!rule.title().in(l).isBlank() && !rule.explanation().in(l).isBlank(), rule.id());
      }
    }
    for (FindingKind kind : FindingKind.values()) {
      PropagationRules.CheckText text = rules.check(kind);
      assertEquals(5, text.severity().size(), kind.toString());
      assertEquals(PropagationRules.messageKeys(kind), text.messages().keySet(), kind.toString());
      assertTrue(text.sources().stream().allMatch(s -> !s.citation().isBlank()), kind.toString());
    }
    for (ReviewTrigger trigger : ReviewTrigger.values()) {
      assertTrue(Set.of("R5", "R6").contains(rules.review(trigger).rule()));
    }
    // The extension beyond one hop is Trygg's own: recorded as unverified, never as certain.
    assertTrue(rules.rule("R3").orElseThrow().sources().stream().map(LegalReference::status)
        .anyMatch(s -> s == io.github.trygg.core.VerificationStatus.UNVERIFIED));
    PropagationThresholds t = rules.thresholds();
    assertEquals(ConsequenceLevel.SUBSTANTIAL, t.authenticationConfidentialityFrom());
    assertEquals(AssuranceLevel.SUBSTANTIAL, t.requiredAssurance());
    assertEquals(Set.of(SystemKind.APPLICATION), t.authenticatedKinds());
    assertEquals(DataVolume.VERY_MANY, t.largeVolume());
    assertEquals(3, t.platformAvailabilityCount());
  }

  @Test
  void aHostCanLoadItsOwnPackAndItIsUsed(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("our-rules.yaml");
    Files.writeString(file, builtIn().replace("id: trygg-default", "id: exempelkommun")
        .replace("severity: [low, low, medium, high, critical]\n    sources:\n      - citation: HSLF-FS 2016:40 3 kap. 15 § 1",
            "severity: [critical, critical, critical, critical, critical]\n    sources:\n      - citation: HSLF-FS 2016:40 3 kap. 15 § 1"));
    PropagationRules ours = PropagationRules.read(file);
    assertEquals("exempelkommun", ours.id());
    PropagationResult result = Propagation.of(PropagationSettings.builder().rules(ours).build()).run(SampleRegisters.exempelkommun());
    Finding unencrypted = result.findings().stream().filter(f -> f.kind() == FindingKind.UNENCRYPTED_OPEN_NETWORK).findFirst().orElseThrow();
    assertEquals(Severity.CRITICAL, unencrypted.severity());
  }

  @Test
  void aBrokenPackIsRejectedWholeWithEveryProblemLocated() throws IOException {
    String broken = builtIn()
        .replace("  - id: R7\n", "  - id: R77\n")
        .replace("sv: \"{subject} ska uppfylla {aspect} nivå {required} men är godkänt för nivå {cleared}.\"",
            "sv: \"{subject} ska uppfylla {aspekt}.\"")
        .replace("severity: [low, low, low, medium, high]", "severity: [low, high]")
        .replace("    platformAvailabilityCount: 3", "    platformAvailabilityCount: 3\n    platfromAvailabilityCount: 4")
        .replace("  - trigger: joined-purposes\n    rule: R5", "  - trigger: joined-purposes\n    rule: R55");
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(broken));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.containsAll(List.of("missing-rule", "unknown-rule", "unknown-placeholder", "wrong-length", "unknown-property")), codes.toString());
    for (Problem p : e.problems()) {
      assertEquals("custom-rules.yaml", p.location().source());
      assertTrue(p.location().line() > 0 || p.code().equals("missing-rule"), p.toString());
    }
    Problem typo = e.problems().stream().filter(p -> p.code().equals("unknown-property")).findFirst().orElseThrow();
    assertTrue(typo.message().contains("did you mean 'platformAvailabilityCount'"), typo.toString());
    assertEquals("/thresholds/aggregation/platfromAvailabilityCount", typo.location().pointer());
    Problem placeholder = e.problems().stream().filter(p -> p.code().equals("unknown-placeholder")).findFirst().orElseThrow();
    assertTrue(placeholder.message().contains("{aspekt}"));
    assertEquals("/checks/0/messages/system/sv", placeholder.location().pointer());
  }

  @Test
  void aPackInAnotherFormatIsRefused() throws IOException {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> read(builtIn().replace("format: trygg-propagation-rules/1", "format: trygg-propagation-rules/2")));
    assertEquals("unsupported-format", e.problems().get(0).code());
    assertEquals(1, e.problems().size());
  }

  @Test
  void thresholdsCanBeChangedInCode() {
    PropagationThresholds t = PropagationThresholds.builder().from(PropagationRules.bundled().thresholds()).platformAvailabilityCount(10).build();
    PropagationResult r = Propagation.of(PropagationSettings.builder().thresholds(t).build()).run(SampleRegisters.exempelkommun());
    assertTrue(r.reviews().stream().noneMatch(i -> i.trigger() == ReviewTrigger.PLATFORM_AVAILABILITY));
    assertThrows(IllegalArgumentException.class, () -> PropagationThresholds.builder().from(t).joinedPurposes(1).build());
  }
}
