package io.github.trygg.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: columns padded to their widest cell, the last column left ragged, and any
 * number of indented detail lines under a row (reasons, traces). No colours or box characters, so
 * it reads the same in a terminal, a log and a file.
 */
final class Table {
  private final List<String> header;
  private final List<Row> rows = new ArrayList<>();

  private record Row(List<String> cells, List<String> details) {}

  Table(String... header) {
    this.header = List.of(header);
  }

  /** Adds a row; cells beyond the header are ignored, missing ones are blank. */
  Table row(String... cells) {
    rows.add(new Row(List.of(cells), new ArrayList<>()));
    return this;
  }

  /** A line shown indented under the last row. */
  Table detail(String line) {
    rows.get(rows.size() - 1).details().add(line);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int n = header.size();
    int[] width = new int[n];
    for (int i = 0; i < n; i++) {
      width[i] = header.get(i).length();
    }
    for (Row r : rows) {
      for (int i = 0; i < n && i < r.cells().size(); i++) {
        width[i] = Math.max(width[i], r.cells().get(i).length());
      }
    }
    out.println(line(header, width));
    for (Row r : rows) {
      out.println(line(r.cells(), width));
      for (String d : r.details()) {
        out.println("    " + d);
      }
    }
  }

  private static String line(List<String> cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < width.length; i++) {
      String cell = i < cells.size() ? cells.get(i) : "";
      sb.append(cell);
      if (i < width.length - 1) {
        sb.append(" ".repeat(width[i] - cell.length() + 2));
      }
    }
    return sb.toString().stripTrailing();
  }
}
