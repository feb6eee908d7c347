package io.github.trygg.crypto.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The character-at-a-time reader {@link CsvReader} replaced, kept as the reference the faster one
 * is held to (same records, same errors at the same line and column). Reads RFC 4180 CSV record by
 * record: fields separated by the delimiter, optionally enclosed in double quotes, a quote inside a quoted field written twice, records ended by CRLF, LF or CR,
 * quoted fields spanning lines. Strict where the RFC is: a quote inside an unquoted field, text after
 * a closing quote and an unterminated quote are errors with their line and column. A byte-order
 * mark at the start and completely empty lines are skipped. A field longer than its limit, a record
 * longer than its limit and a record with more fields than its limit are refused as they are read,
 * so neither a missing closing quote nor a line of millions of one-character fields can pull a file
 * into memory.
 */
final class ReferenceCsvReader {
  private static final int EOF = -1;
  private static final int NONE = -2;

  private final Reader in;
  private final char delimiter;
  private final int maxFieldLength;
  private final int maxRecordLength;
  private final int maxFields;
  /** Characters of the current record so far, delimiters and quotes included. */
  private long recordLength;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long column = 0;
  private long recordLine;
  private boolean started;
  private int pushedBack = NONE;
  private final StringBuilder field = new StringBuilder();

  ReferenceCsvReader(Reader in, char delimiter, int maxFieldLength) {
    this(in, delimiter, maxFieldLength, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  ReferenceCsvReader(Reader in, char delimiter, int maxFieldLength, int maxRecordLength, int maxFields) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    this.in = in;
    this.delimiter = delimiter;
    this.maxFieldLength = maxFieldLength;
    this.maxRecordLength = maxRecordLength;
    this.maxFields = maxFields;
  }

  /** The line the last record returned began on (1-based). */
  public long recordLine() {
    return recordLine;
  }

  /**
   * The next record's fields, or null at the end of the input.
   *
   * @throws CsvException if the record is malformed
   */
  public @Nullable List<String> next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        column = 0;
        c = read();
      }
    }
    while (c == '\r' || c == '\n') { // empty lines
      endLine(c);
      c = read();
    }
    if (c == EOF) {
      return null;
    }
    recordLine = line;
    recordLength = 0;
    List<String> fields = new ArrayList<>();
    while (true) {
      if (fields.size() == maxFields) {
        throw new CsvException("csv-too-many-fields", line, column, "a record has more than " + maxFields + " fields", "fewer fields, or a higher limit (maxFieldsPerRecord)");
      }
      field.setLength(0);
      if (c == '"') {
        c = quoted();
      } else {
        while (c != delimiter && c != '\r' && c != '\n' && c != EOF) {
          if (c == '"') {
            throw new CsvException("csv-quote", line, column, "a double quote inside an unquoted field", "the whole field in quotes, with inner quotes doubled");
          }
          append(c);
          c = read();
        }
      }
      fields.add(field.toString());
      if (c == delimiter) {
        count();
        c = read();
        continue;
      }
      if (c != EOF) {
        endLine(c);
      }
      return fields;
    }
  }

  /** Reads a quoted field after its opening quote; returns the character after the closing one. */
  private int quoted() throws IOException {
    long startLine = line;
    long startColumn = column;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new CsvException("csv-unterminated", startLine, startColumn, "a quoted field is never closed", "a closing double quote");
      }
      if (c == '"') {
        int after = read();
        if (after == '"') {
          append('"');
          continue;
        }
        if (after != delimiter && after != '\r' && after != '\n' && after != EOF) {
          throw new CsvException("csv-after-quote", line, column, "text after a closing quote", "a delimiter or the end of the line");
        }
        return after;
      }
      if (c == '\r' || c == '\n') {
        append(c);
        if (c == '\r') {
          int lf = read();
          if (lf == '\n') {
            append(lf);
          } else {
            pushBack(lf);
          }
        }
        line++;
        column = 0;
        continue;
      }
      append(c);
    }
  }

  /** Consumes the rest of a line break (CR, LF or CRLF) whose first character was {@code c}. */
  private void endLine(int c) throws IOException {
    if (c == '\r') {
      int next = read();
      if (next != '\n') {
        pushBack(next);
      }
    }
    line++;
    column = 0;
  }

  private void append(int c) {
    if (field.length() >= maxFieldLength) {
      throw new CsvException("csv-field-too-long", line, column, "a field is longer than " + maxFieldLength + " characters", "shorter fields, or a higher limit (maxFieldLength)");
    }
    count();
    field.append((char) c);
  }

  private void count() {
    if (++recordLength > maxRecordLength) {
      throw new CsvException("csv-record-too-long", line, column, "a record is longer than " + maxRecordLength + " characters", "shorter records, or a higher limit (maxRecordLength)");
    }
  }

  private void pushBack(int c) {
    pushedBack = c;
    if (c != EOF) {
      column--;
    }
  }

  private int read() throws IOException {
    int c;
    if (pushedBack != NONE) {
      c = pushedBack;
      pushedBack = NONE;
    } else {
      if (position == limit) {
        limit = Math.max(0, in.read(buffer, 0, buffer.length));
        position = 0;
      }
      c = position < limit ? buffer[position++] : EOF;
    }
    if (c != EOF) {
      column++;
    }
    return c;
  }
}
