package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.plan.ActionStatus;
import io.github.trygg.core.signoff.SignOffs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trygg plan, signoff, diff and export on the sample, as a user runs them. */
class OfficerCommandsTest {
  static final String TODAY = "2026-11-25";
  static final String PLAN = CliRun.SAMPLE.resolve("action-plan.yaml").toString();
  static final String SIGNOFFS = CliRun.SAMPLE.resolve("sign-offs.yaml").toString();

  @Test
  void planShowListsOverdueDueThisMonthAndByOwner() {
    CliRun run = CliRun.of("plan", "show", "--lang", "sv", "--today", TODAY, "--plan", PLAN, "--risks", CliRun.RISKS, "--assessments", CliRun.ASSESSMENTS,
        CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("Försenat ("), run.out());
    assertTrue(run.out().contains("Ska vara klart denna månad (1)\n  2026-11-30"), run.out());
    assertTrue(run.out().contains("(utbildning-nattpatrull)"), run.out());
    assertTrue(run.out().contains("Öppna åtgärder per ansvarig"), run.out());
  }

  @Test
  void planMergeAddsAndResolvesWithoutTouchingWhatAPersonWrote(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("action-plan.yaml");
    Files.copy(CliRun.SAMPLE.resolve("previous/action-plan.yaml"), plan);
    ActionPlan before = ActionPlan.read(plan);
    CliRun run = CliRun.of("plan", "merge", "--lang", "en", "--today", TODAY, "--plan", plan.toString(), "--risks", CliRun.RISKS,
        "--assessments", CliRun.ASSESSMENTS, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    assertTrue(run.out().contains("+ finding:unencrypted-open-network:integration:gps-position:confidentiality"), run.out());
    assertTrue(run.out().contains("✓ finding:unencrypted-open-network:integration:gps-position:integrity"), run.out());
    ActionPlan after = ActionPlan.read(plan);
    assertEquals(ActionStatus.DONE, after.item("gap:larmcentral:co-03").orElseThrow().status());
    assertEquals(before.item("gap:gps-larm:et-01").orElseThrow().owner(), after.item("gap:gps-larm:et-01").orElseThrow().owner());
    assertTrue(after.item("finding:unencrypted-open-network:integration:gps-position:integrity").orElseThrow().resolvedOn().isPresent());
  }

  @Test
  void planCheckReportsOverdueItemsAsFindingsAndABrokenPlanAsBadInput(@TempDir Path dir) throws Exception {
    CliRun run = CliRun.of("plan", "check", "--lang", "en", "--today", TODAY, "--plan", PLAN, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.out().startsWith("Overdue ("), run.out());
    assertTrue(!run.out().contains("evidence"), "the sample's evidence file still matches its fingerprint: " + run.out());
    Path broken = dir.resolve("plan.yaml");
    Files.writeString(broken, "format: trygg-action-plan/1\nitems:\n  - {id: a, title: T, priority: high, status: done}\n");
    CliRun bad = CliRun.of("plan", "check", "--plan", broken.toString(), CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(2, bad.exitCode(), bad.toString());
    assertTrue(bad.err().contains("plan.yaml:3") && bad.err().contains("done-without-evidence"), bad.err());
  }

  @Test
  void signoffCheckShowsTheLapsedClassificationApprovalAndSignRecordsANewOne(@TempDir Path dir) throws Exception {
    CliRun check = CliRun.of("signoff", "check", "--lang", "sv", "--signoffs", SIGNOFFS, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(1, check.exitCode(), check.toString());
    assertTrue(check.out().contains("klassning-positioner: informationsägarens godkännande av klassning · informationstillgång positioner"), check.out());
    assertTrue(check.out().contains("behöver förnyas; konfidentialitet 2 → 3"), check.out());
    assertTrue(check.out().contains("beslut-gps-larm: nämndens beslut om behandling · behandling gps-larm-behandling · Socialnämnden"), check.out());
    Path file = dir.resolve("sign-offs.yaml");
    Files.copy(Path.of(SIGNOFFS), file);
    CliRun sign = CliRun.of("signoff", "sign", "--signoffs", file.toString(), "--id", "klassning-positioner", "--kind", "classification",
        "--subject", "asset:positioner", "--by", "Informationsägare socialnämnden", "--role", "informationsägare", "--on", TODAY, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, sign.exitCode(), sign.toString());
    assertEquals(2, SignOffs.read(file).signOffs().size());
    CliRun again = CliRun.of("signoff", "check", "--signoffs", file.toString(), CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, again.exitCode(), again.toString());
  }

  @Test
  void diffListsTheSampleSChangesWithTheirReasons() {
    CliRun run = CliRun.of("diff", "--lang", "en", "--today", TODAY, CliRun.SAMPLE.resolve("previous").toString(), CliRun.SAMPLE.toString());
    assertEquals(0, run.exitCode(), run.toString());
    String out = run.out();
    assertTrue(out.contains("classification (2)\n  information asset larmhandelser · availability: 4 → 3\n"), out);
    assertTrue(out.contains("\n  information asset positioner · confidentiality: 2 → 3\n      Informationsägare socialnämnden, 2026-03-02: "), out);
    // Availability no longer follows the alarm report into the journal and the warehouse.
    assertTrue(out.contains("system journal · availability: 4 → 2\n"), out);
    assertTrue(out.contains("override datalager-pseudonymiserat: added (override contradicted by the register)"), out);
    assertTrue(out.contains("system gps-larm · confidentiality: 2 → 3\n      the classification of information asset positioner changed (confidentiality 2 → 3)"), out);
    assertTrue(out.contains("integration kamera-till-planering · transport: encrypted hop by hop (TLS) → encrypted end to end"), out);
    assertTrue(out.contains("vendor medidos · agreement date: 2021-03-20 → 2023-03-20"), out);
    assertTrue(out.contains("processing activity paminnelser · purpose: "), out);
    assertTrue(out.contains("sign-off klassning-positioner · status: valid → needs renewal\n      changed since signed: confidentiality 2 → 3"), out);
    assertTrue(out.contains("item finding:unencrypted-open-network:integration:gps-position:integrity · resolved by the analysis: — → 2026-11-20"), out);
    CliRun same = CliRun.of("diff", "--lang", "sv", CliRun.SAMPLE.toString(), CliRun.SAMPLE.toString());
    assertEquals("Inga ändringar.\n", same.out());
  }

  @Test
  void exportWritesAWorkbookAndDocumentsThatPoiReadsBack(@TempDir Path dir) throws Exception {
    Path xlsx = dir.resolve("trygg.xlsx");
    CliRun run = CliRun.of("export", "--format", "xlsx", "--lang", "nb", "--today", TODAY, "--out", xlsx.toString(), "--plan", PLAN,
        "--risks", CliRun.RISKS, "--assessments", CliRun.ASSESSMENTS, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, run.exitCode(), run.toString());
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
      assertEquals("Tiltaksplan", wb.getSheetName(0));
      assertEquals(ActionPlan.read(Path.of(PLAN)).items().size(), wb.getSheetAt(0).getLastRowNum());
    }
    Path docs = dir.resolve("docs");
    CliRun docx = CliRun.of("export", "--format", "docx", "--lang", "sv", "--today", TODAY, "--out", docs.toString(), "--plan", PLAN,
        "--signoffs", SIGNOFFS, "--risks", CliRun.RISKS, CliRun.PROFILE, CliRun.REGISTER);
    assertEquals(0, docx.exitCode(), docx.toString());
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docs.resolve("record-of-processing.docx")))) {
      assertEquals("Title", doc.getParagraphs().get(0).getStyle());
    }
    assertTrue(Files.exists(docs.resolve("agreement-vakta.docx")));
    // One DPIA per processing activity whose screening expects one, none per system.
    try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docs.resolve("dpia-gps-larm-behandling.docx")))) {
      assertTrue(doc.getParagraphs().get(0).getText().endsWith("GPS-larm för personer med demenssjukdom"));
      assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("pågår")), "the measure in progress on the GPS alarm service");
      assertTrue(doc.getTables().stream().noneMatch(t -> t.getText().contains("genomför en konsekvensbedömning")), "the DPIA item is not a measure");
      assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("Genomför först när SMS-överföringen har ersatts")), "the DPO's advice");
    }
    try (java.util.stream.Stream<Path> files = Files.list(docs)) {
      List<String> dpias = files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith("dpia-")).sorted().toList();
      assertTrue(dpias.contains("dpia-trygghetslarm.docx") && dpias.contains("dpia-handlaggning.docx"), dpias.toString());
      assertTrue(!dpias.contains("dpia-gps-larm.docx") && !dpias.contains("dpia-sms-gateway.docx"), dpias.toString());
    }
    assertEquals(List.of(), List.of(), "");
  }
}
