package io.github.trygg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.Language;
import io.github.trygg.core.dpia.DpiaScreener;
import io.github.trygg.core.dpia.DpiaSuggestions;
import io.github.trygg.core.records.DraftDocument;
import io.github.trygg.core.records.Records;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationSystem;
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

  static DpiaContent dpia() {
    InformationSystem gps = Sample.REGISTER.system("gps-larm").orElseThrow();
    SignOffChecker checker = SignOffChecker.of(Sample.REGISTER);
    return DpiaContent.builder().register(Sample.REGISTER).system(gps).on(Sample.TODAY)
        .screening(DpiaScreener.bundled().screen(DpiaSuggestions.forSystem(Sample.REGISTER, "gps-larm", Jurisdiction.SWEDEN)))
        .addAllRisks(Sample.RISKS.stream().filter(r -> r.risk().affectedSystems().contains("gps-larm")).toList())
        .addAllMeasures(Sample.workbook().actionPlan().orElseThrow().items().stream()
            .filter(i -> i.origin().subject().map(s -> s.equals("system:gps-larm")).orElse(false)).toList())
        .addAllSignOffs(List.of(checker.check(checker.sign("dpia-gps", SignOffKind.DPIA_DECISION, new EntryRef(EntryKind.SYSTEM, "gps-larm"),
            "Socialnämnden", "nämnd", LocalDate.of(2026, 3, 20)))))
        .build();
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
  void theDpiaDocumentHasItsFiveSectionsWithScreeningRisksMeasuresAndSignOffs() throws Exception {
    DpiaContent content = dpia();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficerDocuments.of(Language.SWEDISH).writeDpia(content, out);
    try (XWPFDocument doc = read(out.toByteArray())) {
      assertEquals("Konsekvensbedömning avseende dataskydd: GPS-larmtjänst", doc.getParagraphs().get(0).getText());
      List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
      assertEquals(List.of("1. Beskrivning av behandlingen", "2. Bedömning av behovet (WP248)", "3. Risker för de registrerade", "4. Planerade åtgärder",
          "5. Beslut och yttranden"), headings);
      String text = doc.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
      assertTrue(text.contains("Positioner från GPS-larm"), "the asset");
      assertTrue(text.contains("klassa-se@1:C3 I3 A3 T3"), "its classification");
      content.screening().criteria().forEach(c -> assertTrue(text.contains(c.criterion().label().sv()), c.criterion().id()));
      assertTrue(text.contains("Socialnämnden (nämnd)"));
      assertTrue(text.contains("gäller"), "the sign-off's status");
      assertTrue(!content.measures().isEmpty() && text.contains(content.measures().get(0).title()), "a measure");
    }
  }
}
