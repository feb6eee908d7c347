package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static io.github.trygg.examples.cli.CliRun.RISKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ScreenCommandTest {
  @TempDir Path tmp;

  @Test
  void theWelfareTechnologyNeedsADpiaSoTheExitCodeSaysFindings() {
    CliRun run = CliRun.of("screen", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("gps-larm ") && l.contains("DPIA required by the authority's list")), run.out());
    assertTrue(run.out().contains("Criterion 3 \"Systematic monitoring\": system \"GPS-larmtjänst\" observes people (positioning)"), run.out());
  }

  @Test
  void aTemplateAddsItsCriteriaAndNotesForOneSystem() {
    CliRun run = CliRun.of("screen", "--system", "nattkamera", "--template", "night-camera", "--lang", "sv", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    assertTrue(run.out().contains("Nattlig tillsyn"), run.out());
    assertEquals(Trygg.BAD_INPUT, CliRun.of("screen", "--template", "night-camera", PROFILE, REGISTER).exitCode(), "a template needs one system");
    CliRun unknown = CliRun.of("screen", "--system", "nattkamera", "--template", "drone", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, unknown.exitCode());
    assertTrue(unknown.err().contains("expected one of safety-alarm, gps-alarm"), unknown.err());
  }

  @Test
  void jsonInNorwegianFollowsDatatilsynetsList() {
    CliRun run = CliRun.of("screen", "--format", "json", "--jurisdiction", "norway", "--system", "gps-larm", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    JsonNode s = run.json().get("screenings").get(0);
    assertEquals("gps-larm", s.get("system").asString());
    assertTrue(s.get("dpiaExpected").asBoolean());
    boolean location = false;
    for (JsonNode item : s.get("nationalItems")) {
      location |= item.get("id").asString().equals("no-dt-location");
    }
    assertTrue(location, "positions with health data are on Datatilsynet's list: " + s);
  }

  @Test
  void withRisksItSaysWhetherPriorConsultationIsNeeded() {
    CliRun run = CliRun.of("screen", "--system", "larmcentral", "--risks", RISKS, "--today", "2026-11-25", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    // rsa-11 has no residual assessment yet, so the question cannot be closed.
    assertTrue(run.out().contains("Prior consultation (Art. 36): Cannot be decided yet"), run.out());
    assertTrue(run.out().contains("rsa-11"), run.out());
  }

  @Test
  void nothingPersonalNothingToScreen() throws IOException {
    Path register = tmp.resolve("register.yaml");
    Files.writeString(register, "format: trygg-register/1\nassets:\n  - id: menus\n    name: Lunchmenyer\nsystems:\n  - id: web\n    name: Webb\n"
        + "    assetsStored: [menus]\n");
    CliRun run = CliRun.of("screen", register.toString());
    assertEquals(Trygg.OK, run.exitCode(), run.toString());
    CliRun one = CliRun.of("screen", "--system", "web", register.toString());
    assertEquals(Trygg.OK, one.exitCode(), one.toString());
    assertTrue(one.out().contains("DPIA not required"), one.out());
  }
}
