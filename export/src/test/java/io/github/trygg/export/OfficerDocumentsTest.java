package io.github.trygg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.DpiaRecord;
import io.github.trygg.core.signoff.SignOffChecker;
import io.github.trygg.core.signoff.SignOffKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The DOCX documents written for the sample and read back with POI. */
class OfficerDocumentsTest {
  static XWPFDocument read(byte[] bytes) throws Exception {
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static byte[] record(Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficerDocuments.of(language).write(Records.recordOfProcessing(Sample.REGISTER, Sample.TODAY), out);
    return out.toByteArray();
  }

  static ProcessingDpia screened(String activity) {
    return DpiaScreener.bundled().screenActivities(Sample.REGISTER, Jurisdiction.SWEDEN).stream()
        .filter(d -> d.activity().id().equals(activity)).findFirst().orElseThrow();
  }

  /** The GPS alarm's DPIA: every part recorded, the DPO's advice and the committee's decision. */
  static DpiaContent dpia() {
    ProcessingDpia gps = screened("gps-larm-behandling");
    SignOffChecker checker = SignOffChecker.of(Sample.REGISTER);
    return DpiaContent.builder().register(Sample.REGISTER).dpia(gps).on(Sample.TODAY)
        .addAllRisks(Sample.RISKS.stream().filter(r -> r.risk().affectedSystems().stream().anyMatch(gps.systems()::contains)).toList())
        .addAllMeasures(Sample.workbook().actionPlan().orElseThrow().items().stream()
            .filter(i -> i.origin().subject().map(s -> s.equals("activity:gps-larm-behandling")
                || gps.systems().stream().anyMatch(id -> s.equals("system:" + id))).orElse(false)).toList())
        .addAllSignOffs(List.of(checker.check(checker.sign("dpia-gps", SignOffKind.DPIA_DECISION, new EntryRef(EntryKind.ACTIVITY, "gps-larm-behandling"),
            "Socialnämnden", "nämnd", LocalDate.of(2026, 3, 20)))))
        .build();
  }

  static XWPFDocument written(DpiaContent content, Language language) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficerDocuments.of(language).writeDpia(content, out);
    return read(out.toByteArray());
  }

  static String text(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n")) + "\n"
        + doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
  }

  @Test
  void theArt30RecordHasATitleAHeadingPerSectionAndATablePerSection() throws Exception {
    DraftDocument record = Records.recordOfProcessing(Sample.REGISTER, Sample.TODAY);
    try (XWPFDocument doc = read(record(Language.SWEDISH))) {
      XWPFParagraph title = doc.getParagraphs().get(0);
      assertEquals("Title", title.getStyle());
      assertEquals(record.title().sv(), title.getText());
      List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertEquals(record.sections().size(), headings.size());
      assertTrue(headings.get(0).startsWith(record.sections().get(0).title().sv()), headings.get(0));
      assertEquals(record.sections().size(), doc.getTables().size());
      XWPFTable first = doc.getTables().get(0);
      assertEquals("Uppgift", first.getRow(0).getCell(0).getText());
      assertEquals(record.sections().get(0).items().size() + 1, first.getNumberOfRows());
      String all = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
      assertTrue(all.contains("Trygghetslarm"), "an activity's name");
      if (!record.missing().isEmpty()) {
        assertTrue(all.contains("Saknas: "), "missing fields are marked");
      }
    }
    try (XWPFDocument en = read(record(Language.ENGLISH))) {
      assertEquals(record.title().en(), en.getParagraphs().get(0).getText());
      assertEquals("Item", en.getTables().get(0).getRow(0).getCell(0).getText());
    }
  }

  @Test
  void processorAgreementAppendicesAreWrittenForEveryProcessor() throws Exception {
    for (DraftDocument agreement : Records.processorAgreements(Sample.REGISTER, Sample.TODAY)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      OfficerDocuments.of(Language.NORWEGIAN_BOKMAL).write(agreement, out);
      try (XWPFDocument doc = read(out.toByteArray())) {
        assertEquals(agreement.title().nb(), doc.getParagraphs().get(0).getText());
        assertEquals(agreement.sections().size(), doc.getTables().size());
      }
    }
  }

  @Test
  void theDpiaOfAProcessingActivityHasTheArt357PartsTheDposAdviceAndTheControllersDecision() throws Exception {
    DpiaContent content = dpia();
    try (XWPFDocument doc = written(content, Language.SWEDISH)) {
      assertEquals("Konsekvensbedömning avseende dataskydd: GPS-larm för personer med demenssjukdom", doc.getParagraphs().get(0).getText());
      List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertEquals(List.of("1. Systematisk beskrivning av behandlingen och ändamålen (art. 35.7 a)", "2. Bedömning av behovet (WP248)",
          "3. Nödvändighet och proportionalitet (art. 35.7 b)", "4. Risker för de registrerades rättigheter och friheter (art. 35.7 c)",
          "5. Planerade åtgärder mot riskerna (art. 35.7 d)", "6. Dataskyddsombudets råd (art. 35.2)", "7. Den personuppgiftsansvariges beslut"), headings);
      String text = text(doc);
      assertTrue(text.lines().anyMatch(l -> l.startsWith("Personuppgiftsansvarig") && l.contains("Socialnämnden")), "the committee is the controller: " + text);
      for (String system : List.of("GPS-larmtjänst", "GPS-larmenheter", "Vakta larmcentral")) {
        assertTrue(text.contains(system), "the activity's system " + system + ": " + text);
      }
      assertTrue(text.contains("Positioner från GPS-larm"), "the asset");
      assertTrue(text.contains("K3 R3 T3 S3"), "its classification, with the Swedish initials: " + text);
      DpiaRecord recorded = content.dpia().recorded().orElseThrow();
      assertTrue(text.contains(recorded.description().orElseThrow()), "Art. 35(7)(a)");
      assertTrue(text.contains(recorded.necessityAndProportionality().orElseThrow()), "Art. 35(7)(b)");
      assertTrue(text.contains(recorded.risks().orElseThrow()), "Art. 35(7)(c)");
      assertTrue(text.contains(recorded.measures().orElseThrow()), "Art. 35(7)(d)");
      assertTrue(text.contains(recorded.dpoAdvice().orElseThrow().advice()) && text.contains("2026-02-25"), "the DPO's advice, dated");
      assertTrue(text.contains("Behandlingen genomförs med åtgärderna") && text.contains(recorded.decision().orElseThrow().reasons()), "the decision and its reasons");
      assertTrue(!text.contains("Saknas: "), "nothing is missing: " + text);
      content.dpia().screening().criteria().forEach(c -> assertTrue(text.contains(c.criterion().label().sv()), c.criterion().id()));
      assertTrue(text.contains("Socialnämnden (nämnd)"));
      assertTrue(text.contains("gäller"), "the sign-off's status");
      assertTrue(!content.measures().isEmpty() && text.contains(content.measures().get(0).title()), "a measure");
    }
  }

  @Test
  void everyPartTheRegisterLacksIsMarkedMissing() throws Exception {
    // The safety alarm's DPIA records the four Art. 35(7) parts but neither the DPO's advice nor the decision.
    ProcessingDpia alarm = screened("trygghetslarm");
    DpiaContent content = DpiaContent.builder().register(Sample.REGISTER).dpia(alarm).on(Sample.TODAY).build();
    try (XWPFDocument doc = written(content, Language.NORWEGIAN_BOKMAL)) {
      String text = text(doc);
      assertTrue(text.contains("Mangler: personvernombudets råd (art. 35 nr. 2)"), text);
      assertTrue(text.contains("Mangler: den behandlingsansvarliges beslutning"), text);
      assertTrue(text.contains("2 deler av vurderingen mangler i registeret"), text);
      assertTrue(!text.contains("Mangler: beskrivelse"), "the description is recorded: " + text);
    }
    ProcessingDpia none = screened("handlaggning");
    try (XWPFDocument doc = written(DpiaContent.builder().register(Sample.REGISTER).dpia(none).on(Sample.TODAY).build(), Language.ENGLISH)) {
      String text = text(doc);
      for (DpiaRecord.Part part : DpiaRecord.Part.values()) {
        assertTrue(text.contains("Missing: " + part.label(Language.ENGLISH)), part + ": " + text);
      }
    }
    assertThrows(IllegalStateException.class, () -> DpiaContent.builder().register(Sample.REGISTER).on(Sample.TODAY).build());
  }
}
