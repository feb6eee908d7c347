package io.github.trygg.crypto.internal.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes RFC 4180 CSV: a field is quoted only when it holds the delimiter, a double quote, CR or LF,
 * with inner quotes doubled; records end with the given line ending (CRLF by the RFC).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvWriter {
  private final Writer out;
  private final char delimiter;
  private final String lineEnding;

  public CsvWriter(Writer out, char delimiter, String lineEnding) {
    this.out = out;
    this.delimiter = delimiter;
    this.lineEnding = lineEnding;
  }

  public void write(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(delimiter);
      }
      writeField(fields.get(i));
    }
    out.write(lineEnding);
  }

  private void writeField(String field) throws IOException {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(field);
      return;
    }
    out.write('"');
    int from = 0;
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) == '"') {
        out.write(field, from, i - from + 1);
        out.write('"');
        from = i + 1;
      }
    }
    out.write(field, from, field.length() - from);
    out.write('"');
  }

  public void flush() throws IOException {
    out.flush();
  }
}
