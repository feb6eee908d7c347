package io.github.trygg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.plan.ActionItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook written for the sample and read back with POI: sheets, headers, filters, frozen panes, dates as dates, content. */
class OfficerWorkbookTest {
  static XSSFWorkbook written(Language language, WorkbookContent content) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OfficerWorkbook.of(language).write(content, out);
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  static List<String> row(XSSFSheet sheet, int r) {
    List<String> values = new ArrayList<>();
    Row row = sheet.getRow(r);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      values.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue()) : cell.toString());
    }
    return values;
  }

  @Test
  void everySheetHasAFrozenFilteredHeaderAndTheSampleSContent() throws Exception {
    WorkbookContent content = Sample.workbook();
    try (XSSFWorkbook wb = written(Language.SWEDISH, content)) {
      assertEquals(List.of("Åtgärdsplan", "Kravgap", "Risker", "Registerförteckning art. 30", "Biträden och överföringar", "Försenat"),
          List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3), wb.getSheetName(4), wb.getSheetName(5)));
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        assertTrue(sheet.getPaneInformation().isFreezePane(), sheet.getSheetName() + ": header not frozen");
        assertEquals(1, sheet.getPaneInformation().getHorizontalSplitTopRow(), sheet.getSheetName());
        assertTrue(sheet.getCTWorksheet().isSetAutoFilter(), sheet.getSheetName() + ": no filter");
        assertTrue(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold(), sheet.getSheetName() + ": header not bold");
        assertTrue(sheet.getLastRowNum() > 0, sheet.getSheetName() + ": no rows");
      }
      XSSFSheet plan = wb.getSheet("Åtgärdsplan");
      List<ActionItem> items = content.actionPlan().orElseThrow().items();
      assertEquals(items.size(), plan.getLastRowNum());
      assertEquals("A1:Q" + (items.size() + 1), plan.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(List.of("Id", "Åtgärd", "Ursprung"), row(plan, 0).subList(0, 3));
      ActionItem first = items.get(0);
      assertEquals(first.id(), plan.getRow(1).getCell(0).getStringCellValue());
      Cell due = plan.getRow(1).getCell(8);
      assertEquals(CellType.NUMERIC, due.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(due), "due date is not a date");
      assertEquals(first.due().orElseThrow(), due.getLocalDateTimeCellValue().toLocalDate());
      assertEquals(first.priority().label(Language.SWEDISH), plan.getRow(1).getCell(5).getStringCellValue());

      XSSFSheet processors = wb.getSheet("Biträden och överföringar");
      List<String> insight = null;
      for (int r = 1; r <= processors.getLastRowNum(); r++) {
        if (processors.getRow(r).getCell(0).getStringCellValue().equals("insight")) {
          insight = row(processors, r);
          Cell agreement = processors.getRow(r).getCell(5);
          assertTrue(DateUtil.isCellDateFormatted(agreement));
          assertEquals(java.time.LocalDate.of(2026, 4, 10), agreement.getLocalDateTimeCellValue().toLocalDate());
        }
      }
      assertEquals("Insight Analytics Inc.", insight.get(1));
      assertEquals("personuppgiftsbiträde", insight.get(2));
      assertEquals("standardavtalsklausuler; kompletterande skyddsåtgärder", insight.get(6));

      XSSFSheet risks = wb.getSheet("Risker");
      assertEquals(Sample.RISKS.size(), risks.getLastRowNum());
      assertEquals(CellType.NUMERIC, risks.getRow(1).getCell(4).getCellType(), "likelihood is a number");

      XSSFSheet art30 = wb.getSheet("Registerförteckning art. 30");
      assertTrue(art30.getLastRowNum() > 20);
      XSSFSheet overdue = wb.getSheet("Försenat");
      assertEquals(Sample.REGISTER.overdueReviews(Sample.TODAY).size() + content.actionPlan().orElseThrow().overdue(Sample.TODAY).size(), overdue.getLastRowNum());
    }
  }

  @Test
  void theSameWorkbookInNorwegianAndEnglishHasNoSwedishHeaders() throws Exception {
    try (XSSFWorkbook nb = written(Language.NORWEGIAN_BOKMAL, Sample.workbook()); XSSFWorkbook en = written(Language.ENGLISH, Sample.workbook())) {
      assertEquals("Tiltaksplan", nb.getSheetName(0));
      assertEquals("Action plan", en.getSheetName(0));
      assertEquals("Ansvarlig", nb.getSheetAt(0).getRow(0).getCell(7).getStringCellValue());
      assertEquals("Owner", en.getSheetAt(0).getRow(0).getCell(7).getStringCellValue());
      assertEquals("Processors and transfers", en.getSheetName(4));
    }
  }

  @Test
  void writesAFileThroughATemporaryFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("trygg.xlsx");
    OfficerWorkbook.of(Language.ENGLISH).write(Sample.workbook(), file);
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      assertEquals(6, wb.getNumberOfSheets());
    }
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
