package io.github.trygg.export.internal;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apiguardian.api.API;

/**
 * One sheet as a person expects it: a bold header row frozen at the top, an auto-filter over the
 * data, dates as real dates, numbers as numbers, long text wrapped and columns wide enough to read.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Sheets {
  private final Workbook workbook;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle date;

  public Sheets(Workbook workbook) {
    this.workbook = workbook;
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
    date.setVerticalAlignment(VerticalAlignment.TOP);
  }

  /** A sheet with {@code rows} under {@code headers}; a cell value is a String, a Number, a LocalDate, a Boolean or null. */
  public Sheet sheet(String name, List<String> headers, List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
    int[] widths = new int[headers.size()];
    Row head = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = head.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
      widths[c] = Math.max(widths[c], headers.get(c).length());
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> values = rows.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
          widths[c] = Math.max(widths[c], 10);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
          widths[c] = Math.max(widths[c], n.toString().length());
        } else if (v instanceof Boolean b) {
          cell.setCellValue(b);
          widths[c] = Math.max(widths[c], 5);
        } else {
          String s = v.toString();
          cell.setCellValue(s);
          cell.setCellStyle(text);
          widths[c] = Math.max(widths[c], s.lines().mapToInt(String::length).max().orElse(0));
        }
      }
    }
    for (int c = 0; c < widths.length; c++) {
      // Characters to 1/256ths of a character, within reason so long texts wrap instead.
      sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, headers.size() - 1));
    return sheet;
  }
}
