package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.ASSESSMENTS;
import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static io.github.trygg.examples.cli.CliRun.RISKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TryggCliTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"validate", "classify", "propagate", "screen", "check-message", "seal", "open", "pseudonymise", "dsr", "records", "report"})
  void everySubcommandHasHelp(String command) {
    CliRun run = CliRun.of(command, "--help");
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Usage: trygg " + command), run.toString());
    assertTrue(run.out().contains("Exit 0"), "the help states the exit codes: " + run.out());
  }

  @Test
  void topLevelHelpListsCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.exitCode());
    for (String command : new String[] {"validate", "classify", "propagate", "screen", "check-message", "seal", "open", "pseudonymise", "dsr", "records", "report", "Exit codes"}) {
      assertTrue(run.out().contains(command), command + " missing from " + run.out());
    }
  }

  @Test
  void noCommandOrAnUnknownOneIsBadInput() {
    assertEquals(Trygg.BAD_INPUT, CliRun.of().exitCode());
    CliRun unknown = CliRun.of("frobnicate");
    assertEquals(Trygg.BAD_INPUT, unknown.exitCode());
    assertTrue(unknown.err().contains("Unmatched argument"), unknown.toString());
  }

  @Test
  void validateAcceptsTheSampleAndListsOverdueReviews() {
    CliRun run = CliRun.of("validate", "--today", "2026-11-24", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("valid: 12 assets, 18 systems"), run.out());
    assertTrue(run.out().contains("system arende-arkiv (due 2025-10-03)"), run.out());
  }

  @Test
  void validateReportsEveryProblemInPlainWordsWithoutAStackTrace() throws IOException {
    Path broken = tmp.resolve("broken.yaml");
    Files.writeString(broken, "format: trygg-register/1\nsystems:\n  - id: a\n    name: A\n    vendr: x\n  - id: b\n    name: B\n    vendor: nobody\n");
    CliRun run = CliRun.of("validate", broken.toString());
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("broken.yaml:5:5 at /systems/0/vendr: unknown property 'vendr' (did you mean 'vendor'?)"), run.err());
    assertTrue(run.err().contains("broken.yaml:8:13 at /systems/1/vendor"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace unless asked for");
    assertTrue(CliRun.of("validate", "--stacktrace", broken.toString()).err().contains("\tat "));
  }

  @Test
  void aMissingFileIsBadInput() {
    CliRun run = CliRun.of("validate", tmp.resolve("nope.yaml").toString());
    assertEquals(Trygg.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("nope.yaml: no such file; expected an existing register file"), run.err());
  }

  @Test
  void recordsPrintsMarkdownInTheChosenLanguage() {
    CliRun run = CliRun.of("records", "--lang", "sv", "--vendor", "insight", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Personuppgiftsbiträdesavtal med Insight Analytics Inc."), run.out());
  }

  @Test
  void recordsWritesOneFilePerDocument() throws IOException {
    CliRun run = CliRun.of("records", "--format", "json", "--out", tmp.toString(), PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(Files.readString(tmp.resolve("record-of-processing.json")).contains("\"kind\" : \"record-of-processing\""));
    assertTrue(Files.exists(tmp.resolve("agreement-larmkraft.json")));
    assertEquals(Trygg.BAD_INPUT, CliRun.of("records", "--format", "pdf", PROFILE, REGISTER).exitCode());
  }

  @Test
  void reportWritesOneHtmlFileWithRisksAndAssessments() throws IOException {
    Path out = tmp.resolve("r.html");
    CliRun run = CliRun.of("report", "--lang", "nb", "--today", "2026-11-24", "--risks", RISKS, "--assessments", ASSESSMENTS,
        "--out", out.toString(), PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("rapporten skrevet til "), "in the language asked for: " + run.out());
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("<html lang=\"nb\">") && html.contains("Integrasjonskjeden"));
    assertTrue(html.contains("data-risk=\"rsa-02\"") && html.contains("Restrisiko"), "risks in Norwegian");
    assertTrue(html.contains("Leverantören har inte redovisat några säkerhetstester"), "the organisation's own measures");
  }

  @Test
  void aBrokenRiskRegisterIsBadInputWithItsLocation() throws IOException {
    Path risks = tmp.resolve("risks.yaml");
    Files.writeString(risks, "format: trygg-risk-register/1\nrisks:\n  - id: r1\n    title: T\n    scenario: S\n    category: weather\n"
        + "    affectedSystems: [no-such-system]\n");
    CliRun run = CliRun.of("report", "--risks", risks.toString(), "--out", tmp.resolve("r.html").toString(), PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertTrue(run.err().contains("risks.yaml:6:15 at /risks/0/category"), run.err());
    assertFalse(Files.exists(tmp.resolve("r.html")), "nothing written");
    assertFalse(run.err().contains("\tat "));
  }
}
