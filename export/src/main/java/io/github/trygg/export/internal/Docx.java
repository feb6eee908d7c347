package io.github.trygg.export.internal;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apiguardian.api.API;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word document with real heading styles (so Word and LibreOffice show a navigable outline),
 * paragraphs and bordered tables with a header row.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Docx {
  private final XWPFDocument doc;

  public Docx(XWPFDocument doc) {
    this.doc = doc;
    XWPFStyles styles = doc.createStyles();
    style(styles, "Title", "Title", 0, 36, true);
    style(styles, "Heading1", "heading 1", 0, 28, true);
    style(styles, "Heading2", "heading 2", 1, 24, true);
    doc.getProperties().getCoreProperties().setCreator("Trygg");
    styles.setDefaultFonts(fonts());
  }

  private static CTFonts fonts() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii("Calibri");
    fonts.setHAnsi("Calibri");
    fonts.setCs("Calibri");
    return fonts;
  }

  private static void style(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold) {
    CTStyle ct = CTStyle.Factory.newInstance();
    ct.setStyleId(id);
    ct.setType(STStyleType.PARAGRAPH);
    ct.addNewName().setVal(name);
    ct.addNewQFormat();
    if (!id.equals("Title")) {
      ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
    }
    CTRPr r = ct.addNewRPr();
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    if (bold) {
      r.addNewB();
    }
    styles.addStyle(new XWPFStyle(ct));
  }

  public void title(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle("Title");
    p.createRun().setText(text);
  }

  public void heading(int level, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setStyle(level == 1 ? "Heading1" : "Heading2");
    p.createRun().setText(text);
  }

  public void paragraph(String text) {
    XWPFParagraph p = doc.createParagraph();
    lines(p.createRun(), text);
  }

  /** A note in italics, red when it says something is missing. */
  public void note(String text, boolean missing) {
    XWPFParagraph p = doc.createParagraph();
    XWPFRun run = p.createRun();
    run.setItalic(true);
    if (missing) {
      run.setColor("B71C1C");
    }
    lines(run, text);
  }

  public void small(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.LEFT);
    XWPFRun run = p.createRun();
    run.setFontSize(9);
    run.setColor("5F7380");
    lines(run, text);
  }

  /** A table whose first row is the header; a cell of several lines gets one paragraph per line. */
  public XWPFTable table(List<String> headers, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    for (int c = 0; c < headers.size(); c++) {
      XWPFTableCell cell = head.getCell(c);
      cell.setColor("DCE6F0");
      XWPFRun run = cell.getParagraphs().get(0).createRun();
      run.setBold(true);
      run.setText(headers.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      XWPFTableRow row = table.getRow(r + 1);
      for (int c = 0; c < headers.size(); c++) {
        String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        XWPFTableCell cell = row.getCell(c);
        String[] lines = value.split("\n", -1);
        cell.getParagraphs().get(0).createRun().setText(lines[0]);
        for (int k = 1; k < lines.length; k++) {
          cell.addParagraph().createRun().setText(lines[k]);
        }
      }
    }
    doc.createParagraph();
    return table;
  }

  private static void lines(XWPFRun run, String text) {
    String[] lines = text.split("\n", -1);
    for (int k = 0; k < lines.length; k++) {
      if (k > 0) {
        run.addBreak();
      }
      run.setText(lines[k], k);
    }
  }
}
