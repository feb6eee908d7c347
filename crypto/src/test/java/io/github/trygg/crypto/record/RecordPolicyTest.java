package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.Preservation;
import io.github.trygg.crypto.pseudonym.PseudonymPolicy;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordPolicyTest {
  static RecordPolicy sample() {
    try (InputStream in = RecordPolicyTest.class.getResourceAsStream("care-export.policy.yaml")) {
      return RecordPolicy.read("care-export.policy.yaml", in, DataFormat.YAML);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static InvalidInputException problems(String yaml) {
    return assertThrows(InvalidInputException.class,
        () -> RecordPolicy.read("p.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
  }

  static final String HEAD = "format: trygg-record-policy\nversion: 1\nid: p\n"
      + "domains:\n  - {name: d, purpose: testing, keyId: export}\n  - {name: t, purpose: tokens, keyId: export, policy: fully-randomised}\n";

  @Test
  void readsTheSamplePolicy() {
    RecordPolicy policy = sample();
    assertEquals("care-export", policy.id());
    assertEquals(3, policy.revision());
    assertEquals(UnlistedFields.DROP, policy.unlisted());
    assertEquals(InvalidValues.REJECT, policy.invalidValues());
    assertEquals(PseudonymPolicy.DOCUMENT_RANDOMISED, policy.domain("visit-tokens").orElseThrow().policy());
    assertEquals(12, policy.fields().size());
    FieldAction.Pseudonymise fpe = (FieldAction.Pseudonymise) policy.fields().get(0).action();
    assertEquals(Technique.IDENTITY_FPE, fpe.technique());
    assertEquals(Preservation.DECADE, fpe.fpe().orElseThrow().preservation());
    assertEquals(new FieldAction.Generalise(Generalisation.TRUNCATE, 3), policy.fields().get(6).action());
    assertEquals("/visits/*/note", policy.fields().get(11).label());
  }

  @Test
  void everyMistakeIsReportedWithItsLocation() {
    InvalidInputException e = problems(HEAD + "fields:\n"
        + "  - {field: a, action: pseudonymise, technique: hmac-sha256, domain: nope}\n" // line 8
        + "  - {field: b, action: pseudonymise, technique: hmac-sha256, domain: t}\n"
        + "  - {field: c, action: pseudonymise, technique: identity-fpe, domain: d, fpe: {latestBirthDate: 2020-01-01}}\n"
        + "  - {field: d, action: generalise, to: truncate}\n"
        + "  - {field: d, action: keep}\n"
        + "  - {field: e, pointer: /e, action: keep}\n"
        + "  - {field: f, acton: keep}\n"
        + "  - {pointer: nope, action: drop}\n");
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.containsAll(List.of("unknown-domain", "technique-policy", "fpe-not-acknowledged", "missing-property",
        "duplicate-rule", "field-selector", "unknown-property", "bad-pointer")), codes.toString());
    Problem unknown = e.problems().stream().filter(p -> p.code().equals("unknown-domain")).findFirst().orElseThrow();
    assertEquals(8, unknown.location().line());
    assertEquals("/fields/0/domain", unknown.location().pointer());
    assertTrue(e.getMessage().contains("did you mean 'action'"), e.getMessage());
  }

  @Test
  void notAPolicy() {
    assertEquals("policy-format", problems("format: register\nid: x\n").problems().get(0).code());
  }

  @Test
  void policiesBuiltInCodeAreCheckedToo() {
    RecordPolicy sample = sample();
    assertThrows(IllegalArgumentException.class, () -> RecordPolicy.builder().from(sample)
        .addFields(FieldRule.field("x", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "missing"))).build());
    assertThrows(IllegalArgumentException.class, () -> RecordPolicy.builder().from(sample)
        .addFields(FieldRule.field("x", FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, "visit-tokens"))).build());
    assertThrows(IllegalArgumentException.class, () -> RecordPolicy.builder().from(sample)
        .addFields(FieldRule.field("name", new FieldAction.Keep())).build());
    assertThrows(IllegalArgumentException.class, () -> FieldAction.Pseudonymise.with(Technique.IDENTITY_FPE, "d"));
    assertThrows(IllegalArgumentException.class, () -> new FieldAction.Generalise(Generalisation.RANGE, 0));
    assertThrows(IllegalArgumentException.class, () -> FieldRule.builder().field("a").pointer("/a").action(new FieldAction.Keep()).build());
    assertFalse(sample.domain("nope").isPresent());
  }
}
