package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.ASSESSMENTS;
import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class ClassifyCommandTest {
  @TempDir Path tmp;

  @Test
  void aTableOfAssetsWithTheOwnersReasonsAndSystemsWithWhereTheirLevelComesFrom() {
    CliRun run = CliRun.of("classify", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    String out = run.out();
    assertTrue(out.lines().anyMatch(l -> l.startsWith("larmhandelser") && l.contains("3 3 3 3") && !l.contains("Level 4")), out);
    assertTrue(out.contains("Availability: 3 Serious — Ett larm som inte når fram kan ge allvarlig negativ påverkan på liv och hälsa"),
        "the owner's reason, in the profile's words");
    assertTrue(out.lines().anyMatch(l -> l.startsWith("sms-gateway") && l.contains("1 1 1 0")), out);
    assertTrue(out.contains("Integrity 3: R4 from information asset brukaruppgifter: system larmcentral → dependency larmcentral-behover-plattform → system larmplattform"),
        "the propagated level with its trace: " + out);
  }

  @Test
  void theOrganisationsAssessmentsShowWhichRequirementsAreNotMet() {
    CliRun run = CliRun.of("classify", "--system", "gps-larm", "--assessments", ASSESSMENTS, "--lang", "sv", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertFalse(run.out().contains("larmhandelser "), "only the system asked for");
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("System") && l.contains("K R T S")), "Swedish initials: " + run.out());
    assertTrue(run.out().contains("et-01 inte uppfyllt: Personuppgifter som överförs över öppna nät krypteras. — Positioner skickas som okrypterade SMS från enheterna"),
        run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("gps-larm") && l.contains("inte uppfyllt 3")), run.out());
  }

  @Test
  void jsonHasLevelsReasonsConditionsAndGaps() {
    CliRun run = CliRun.of("classify", "--format", "json", "--assessments", ASSESSMENTS, PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode root = run.json();
    assertEquals(12, root.get("assets").size());
    JsonNode alarms = root.get("assets").get(0);
    assertEquals("larmhandelser", alarms.get("id").asString());
    assertEquals(3, alarms.get("levels").get("availability").asInt());
    assertFalse(alarms.get("separateAnalysis").asBoolean());
    assertEquals("klassa-se@1", alarms.get("profile").asString());
    JsonNode centre = null;
    for (JsonNode s : root.get("systems")) {
      if (s.get("id").asString().equals("larmcentral")) {
        centre = s;
      }
    }
    assertTrue(centre != null, "larmcentral listed");
    assertEquals(1, centre.get("requirements").get("not-met").asInt());
    assertEquals("co-03", centre.get("gaps").get(0).get("requirement").asString(), "the most severe gap first");
    assertTrue(centre.get("conditions").has("processor"));
    assertEquals(0, centre.get("separateAnalysis").size(), "availability 3 is covered by the catalogue");
  }

  @Test
  void unknownIdsAndAssessmentsOfUnknownSystemsAreBadInput() throws IOException {
    CliRun run = CliRun.of("classify", "--asset", "nope", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode());
    assertEquals("trygg: --asset: no asset 'nope' in the register", run.err().strip());
    Path assessments = tmp.resolve("a.yaml");
    Files.writeString(assessments, "format: trygg-requirement-assessments/1\ncatalogue: baseline@1\nsystems:\n  - system: ghost\n"
        + "    assessments:\n      - {requirement: au-01, status: met}\n      - {requirement: zz-99, status: met}\n");
    CliRun bad = CliRun.of("classify", "--assessments", assessments.toString(), PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("a.yaml:7:10 at /systems/0/assessments/1/requirement: no requirement 'zz-99'"), bad.err());
  }

  @Test
  void anAssessmentOfASystemTheRegisterDoesNotHaveIsNamed() throws IOException {
    Path assessments = tmp.resolve("a.yaml");
    Files.writeString(assessments, "format: trygg-requirement-assessments/1\ncatalogue: baseline@1\nsystems:\n  - system: ghost\n"
        + "    assessments:\n      - {requirement: au-01, status: met}\n");
    CliRun bad = CliRun.of("classify", "--assessments", assessments.toString(), PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("at /systems/0/system: no system 'ghost' in the register"), bad.err());
  }
}
