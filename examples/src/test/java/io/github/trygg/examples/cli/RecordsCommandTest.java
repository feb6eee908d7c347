package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code trygg records --kind processor}: the Art. 30(2) record, run as a user would. */
class RecordsCommandTest {
  @TempDir Path tmp;

  @Test
  void helpDocumentsTheProcessorRecord() {
    CliRun run = CliRun.of("records", "--help");
    assertEquals(0, run.exitCode(), run.toString());
    for (String text : List.of("--kind", "controller|processor", "--processor", "--controller", "Art. 30(2)", "an unknown vendor id")) {
      assertTrue(run.out().contains(text), text + " missing from " + run.out());
    }
  }

  @Test
  void printsTheProcessorsRecordInTheChosenLanguage() {
    CliRun run = CliRun.of("records", "--lang", "nb", "--today", "2026-11-24", "--kind", "processor", "--processor", "larmkraft", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Databehandlerens protokoll over behandlingsaktiviteter – Larmkraft AB\n"), run.out());
    assertTrue(run.out().contains("_Utkast generert fra systemoversikten, 2026-11-24._"), run.out());
    assertTrue(run.out().contains("## Behandlingsansvarlig: Exempelkommun"), run.out());
    assertTrue(run.out().contains("- **Kategorier av behandling** (Art. 30(2)(b)): Trygghetslarm ("), run.out());
    assertTrue(run.out().contains("- **Personvernombud** (Art. 30(2)(a), Art. 37): dataskyddsombud@larmkraft.example"), run.out());
    assertTrue(run.out().contains("- **Organisatoriske sikkerhetstiltak** (Art. 30(2)(d), Art. 32(1), Art. 32(4)): _Mangler i registeret"), run.out());
    assertFalse(run.out().contains("Bilag A"), "only the processor record, no agreements: " + run.out());
    assertEquals("", run.err());
  }

  @Test
  void processorAloneChoosesTheProcessorRecordForASubProcessor() {
    CliRun run = CliRun.of("records", "--processor", "nordmoln", PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("# Sub-processor's record of processing activities – Nordmoln AB"), run.out());
    assertTrue(run.out().contains("- **Engaged by** (Art. 30(2)(a), Art. 28(4)):"), run.out());
  }

  @Test
  void oneSectionPerControllerRegisterAsJson() throws IOException {
    // A second, Norwegian municipality that buys the same product.
    Path other = tmp.resolve("eksempelkommune.yaml");
    Files.writeString(other, """
        format: trygg-register/1
        organisation: {name: Eksempelkommune, jurisdiction: norway, contact: postmottak@eksempelkommune.example}
        assets:
          - id: larmhandelser
            volume: few
        vendors:
          - id: larmkraft
            agreementDate: 2025-03-01
        activities:
          - id: trygghetsalarm
            name: Trygghetsalarm
            purpose: Motta og følge opp alarmer fra personer med vedtak om trygghetsalarm.
            legalBasis: public-task
            specialCategoryBasis: health-or-social-care
            dataSubjectCategories: [care-recipient]
            assets: [larmhandelser]
            systems: [larmplattform, trygghetslarm-enheter]
        """);
    CliRun run = CliRun.of("records", "--format", "json", "--today", "2026-11-24", "--kind", "processor", "--processor", "larmkraft",
        "--controller", PROFILE + "," + other, PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    JsonNode json = run.json();
    assertEquals("processor-record", json.get("kind").asString());
    List<String> sections = new ArrayList<>();
    json.get("sections").forEach(s -> sections.add(s.get("id").asString()));
    assertEquals(List.of("processor", "Exempelkommun", "Eksempelkommune"), sections);
    JsonNode norwegian = json.get("sections").get(2);
    assertEquals("GDPR Art. 30(2)", norwegian.get("reference").get("citation").asString());
    assertEquals("secondary", norwegian.get("reference").get("verification").asString());
    List<String> missing = new ArrayList<>();
    norwegian.get("items").forEach(i -> {
      if (i.has("missing")) {
        missing.add(i.get("key").asString());
      }
    });
    assertEquals(List.of("controller-dpo", "organisational"), missing, "the Norwegian register names no DPO");
    assertEquals(3, json.get("missingCount").asInt());
  }

  @Test
  void writesTheRecordToAFile() throws IOException {
    CliRun run = CliRun.of("records", "--kind", "processor", "--processor", "insight", "--out", tmp.toString(), PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    Path file = tmp.resolve("processor-record-insight.md");
    assertEquals(file + ": 3 fields to complete\n", run.out().replace(System.lineSeparator(), "\n"));
    assertTrue(Files.readString(file).contains("Insight Analytics Inc. (US): standard contractual clauses, supplementary measures"));
  }

  @Test
  void anUnknownProcessorIsBadInputNamingIt() {
    CliRun run = CliRun.of("records", "--kind", "processor", "--processor", "larmkarft", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, run.exitCode(), run.toString());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("trygg: no vendor 'larmkarft' in the register; processors in the register: arkivia,"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace unless asked for");
  }

  @Test
  void theReportShowsTheProcessorRecordWhenAsked() throws IOException {
    Path out = tmp.resolve("report.html");
    CliRun run = CliRun.of("report", "--lang", "sv", "--today", "2026-11-24", "--processor", "larmkraft", "--out", out.toString(), PROFILE, REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    String html = Files.readString(out);
    assertTrue(html.contains("data-document=\"processor-record-larmkraft\""), "the record's row");
    assertTrue(html.contains("<strong>Personuppgiftsbiträdets register över behandlingar – Larmkraft AB</strong>"));
    assertTrue(CliRun.of("report", "--help").out().contains("--processor=ID"));

    CliRun unknown = CliRun.of("report", "--processor", "nobody", "--out", tmp.resolve("r2.html").toString(), PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, unknown.exitCode(), unknown.toString());
    assertTrue(unknown.err().startsWith("trygg: no vendor 'nobody' in the register"), unknown.err());
    assertFalse(Files.exists(tmp.resolve("r2.html")), "nothing written");
  }

  @Test
  void contradictoryOptionsAreBadInput() {
    CliRun noId = CliRun.of("records", "--kind", "processor", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, noId.exitCode(), noId.toString());
    assertTrue(noId.err().contains("--kind processor needs --processor ID"), noId.err());
    CliRun both = CliRun.of("records", "--kind", "controller", "--processor", "larmkraft", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, both.exitCode(), both.toString());
    CliRun vendor = CliRun.of("records", "--processor", "larmkraft", "--vendor", "larmkraft", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, vendor.exitCode(), vendor.toString());
    CliRun kind = CliRun.of("records", "--kind", "joint", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, kind.exitCode(), kind.toString());
    assertTrue(kind.err().contains("--kind must be controller or processor, not 'joint'"), kind.err());
  }
}
