package io.github.trygg.core.message;

import io.github.trygg.core.Sector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host can replace the table; a broken one is rejected whole, with every problem located. */
class TableFileTest {
  static String standardText() throws IOException {
    try (InputStream in = SecureMessageRules.class.getResourceAsStream("secure-messaging-se-no.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static InvalidInputException rejected(String yaml) {
    return assertThrows(InvalidInputException.class,
        () -> SecureMessageRules.read("host-table.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
  }

  static Problem only(InvalidInputException e, String code) {
    return e.problems().stream().filter(p -> p.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + e.problems()));
  }

  @Test
  void theStandardTableIsVersioned() {
    SecureMessageRules rules = SecureMessageRules.bundled();
    assertEquals("trygg-secure-messaging-se-no", rules.id());
    assertEquals("2026.12", rules.version());
    assertEquals(23, rules.rules().size());
  }

  @Test
  void aHostTableReplacesTheStandardOne(@TempDir Path dir) throws IOException {
    String own = standardText().replace("version: \"2026.12\"", "version: \"2027.01-municipality\"")
        .replace("    verdict: allow-with-conditions\n    measures: [document-risk-analysis, minimise-content]",
            "    verdict: deny\n    remedies: [use-secure-infrastructure]");
    Path file = dir.resolve("our-table.yaml");
    Files.writeString(file, own);
    SecureMessageRules rules = SecureMessageRules.read(file);
    assertEquals("2027.01-municipality", rules.version());
    Decision d = rules.evaluate(DecisionTableTest.seCare().sector(Sector.OTHER).build());
    assertEquals("SE-02", d.ruleId());
    assertEquals(Verdict.DENY, d.verdict());
    assertEquals("2027.01-municipality", d.tableVersion());
  }

  @Test
  void aMisspeltPropertyIsLocatedWithAHint() throws IOException {
    String text = standardText().replaceFirst("verdict: allow\n", "verdct: allow\n");
    InvalidInputException e = rejected(text);
    Problem p = only(e, "unknown-property");
    assertEquals("host-table.yaml", p.location().source());
    assertTrue(p.location().line() > 100, p.toString());
    assertEquals("/rules/0/verdct", p.location().pointer());
    assertTrue(p.message().contains("did you mean 'verdict'"), p.message());
  }

  @Test
  void anUnknownValueNamesTheChoices() throws IOException {
    InvalidInputException e = rejected(standardText().replaceFirst("channel: \\[email, sms\\]", "channel: [email, fax]"));
    Problem p = only(e, "unknown-value");
    assertTrue(p.expected().contains("web-portal") && p.expected().contains("se-1177-inkorg"), p.expected());
    assertTrue(p.location().pointer().startsWith("/rules/1/when/channel"), p.location().pointer());
  }

  @Test
  void consentCannotBeMadeToDecideForSensitiveContent() throws IOException {
    // Remove the "no health details" requirement: consent would then let a sensitive reminder go.
    String text = standardText().replace("when: {content: {max: personal-data}}", "when: {content: {max: secrecy-protected}}");
    Problem p = only(rejected(text), "consent-waives-security");
    assertTrue(p.message().contains("SE-03"), p.message());
  }

  @Test
  void theLastRuleMustCatchEverything() throws IOException {
    String text = standardText();
    int last = text.lastIndexOf("  - id: ALL-21\n");
    only(rejected(text.substring(0, last)), "no-catch-all");
  }

  @Test
  void everyProblemIsReportedAtOnceAndNothingIsLoaded() throws IOException {
    String text = standardText().replace("basis: [digg-sdk]", "basis: [digg-sdkk]")
        .replace("remedies: [strong-auth-high]", "remedies: []")
        .replaceFirst("- id: SE-02\n", "- id: SE-03\n");
    InvalidInputException e = rejected(text);
    String codes = e.problems().stream().map(Problem::code).sorted().collect(Collectors.joining(","));
    assertTrue(codes.contains("unknown-source") && codes.contains("duplicate-id") && codes.contains("empty"), codes);
  }

  @Test
  void aSyntaxErrorHasItsLine() {
    Problem p = only(rejected("table: x\nrules: [\n  - a: b\n"), "syntax");
    assertTrue(p.location().line() >= 2, p.toString());
  }

  @Test
  void everyMeasureNeedsItsTexts() throws IOException {
    String text = standardText().replace("    sv: Skicka brev på papper till den som saknar digital brevlåda.", "    sv: ''");
    Problem p = only(rejected(text), "blank");
    assertEquals("/measures/print-fallback/sv", p.location().pointer());
  }
}
