package io.github.trygg.crypto.internal.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV record by record: fields separated by the delimiter, optionally enclosed in
 * double quotes, a quote inside a quoted field written twice, records ended by CRLF, LF or CR,
 * quoted fields spanning lines. Strict where the RFC is: a quote inside an unquoted field, text after
 * a closing quote and an unterminated quote are errors with their line and column. A byte-order
 * mark at the start and completely empty lines are skipped. A field longer than its limit, a record
 * longer than its limit and a record with more fields than its limit are refused as they are read,
 * so neither a missing closing quote nor a line of millions of one-character fields can pull a file
 * into memory.
 *
 * <p>Fields are found by scanning the read buffer for the next special character and become strings
 * straight from it; only a field that spans two buffers, and a quoted one, goes through a builder.
 * The limits are checked on each run of characters as if character by character, so an error names
 * the same line and column as reading one character at a time would.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvReader {
  private static final int EOF = -1;
  /** Bit c set for each character c below 64 that ends a run inside quotes. */
  private static final long QUOTED_STOPS = 1L << '"' | 1L << '\r' | 1L << '\n';

  private final Reader in;
  private final char delimiter;
  private final int maxFieldLength;
  private final int maxRecordLength;
  private final int maxFields;
  /** Bit c set for each character c below 64 that ends an unquoted field (or is a stray quote). */
  private final long unquotedStops;
  /** Characters of the current record so far: field characters and delimiters (quotes not counted). */
  private long recordLength;
  /** Characters of the current field so far. */
  private long fieldLength;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private long line = 1;
  private long column = 0;
  private long recordLine;
  private boolean started;
  private final StringBuilder field = new StringBuilder();
  private int lastSize = 8;

  public CsvReader(Reader in, char delimiter, int maxFieldLength) {
    this(in, delimiter, maxFieldLength, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  public CsvReader(Reader in, char delimiter, int maxFieldLength, int maxRecordLength, int maxFields) {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    this.in = in;
    this.delimiter = delimiter;
    this.maxFieldLength = maxFieldLength;
    this.maxRecordLength = maxRecordLength;
    this.maxFields = maxFields;
    this.unquotedStops = QUOTED_STOPS | (delimiter < 64 ? 1L << delimiter : 0);
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
    List<String> fields = new ArrayList<>(lastSize);
    return next(fields) ? fields : null;
  }

  /**
   * Replaces the content of {@code fields} with the next record's; false at the end of the input.
   *
   * @throws CsvException if the record is malformed
   */
  public boolean next(List<String> fields) throws IOException {
    fields.clear();
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
      return false;
    }
    recordLine = line;
    recordLength = 0;
    while (true) {
      if (fields.size() == maxFields) {
        throw new CsvException("csv-too-many-fields", line, column, "a record has more than " + maxFields + " fields", "fewer fields, or a higher limit (maxFieldsPerRecord)");
      }
      fieldLength = 0;
      if (c == '"') {
        fields.add(quoted());
        c = afterQuote;
      } else if (c == delimiter || c == '\r' || c == '\n' || c == EOF) {
        fields.add("");
      } else {
        fields.add(unquoted());
        c = read();
      }
      if (c == delimiter) {
        count();
        c = read();
        continue;
      }
      if (c != EOF) {
        endLine(c);
      }
      lastSize = fields.size();
      return true;
    }
  }

  /**
   * An unquoted field whose first character was just read (it is at {@code position - 1}); stops
   * before the delimiter, line break or end that ends it.
   */
  private String unquoted() throws IOException {
    int start = position - 1;
    long before = column - 1;
    boolean spilled = false;
    char d = delimiter;
    long stops = unquotedStops;
    while (true) {
      char[] b = buffer;
      int p = position;
      int end = limit;
      while (p < end) {
        char ch = b[p];
        if (ch < 64 ? (stops >>> ch & 1) != 0 : ch == d) {
          break;
        }
        p++;
      }
      int n = p - start;
      run(n, before);
      before += n;
      column = before;
      position = p;
      if (p < end) {
        if (b[p] == '"') {
          read();
          throw new CsvException("csv-quote", line, column, "a double quote inside an unquoted field", "the whole field in quotes, with inner quotes doubled");
        }
        if (!spilled) {
          return new String(b, start, n);
        }
        return field.append(b, start, n).toString();
      }
      // The field goes on in the next buffer.
      if (!spilled) {
        field.setLength(0);
        spilled = true;
      }
      field.append(b, start, n);
      if (!fill()) {
        return field.toString();
      }
      start = 0;
    }
  }

  /** The character after the closing quote of the last quoted field (already read). */
  private int afterQuote;

  /** A quoted field after its opening quote; leaves the character after the closing quote in {@link #afterQuote}. */
  private String quoted() throws IOException {
    long startLine = line;
    long startColumn = column;
    field.setLength(0);
    boolean direct = true;
    while (true) {
      char[] b = buffer;
      int p = position;
      int end = limit;
      while (p < end) {
        char ch = b[p];
        if (ch < 64 && (QUOTED_STOPS >>> ch & 1) != 0) {
          break;
        }
        p++;
      }
      int n = p - position;
      run(n, column);
      column += n;
      if (direct && p + 1 < end && b[p] == '"' && b[p + 1] != '"') {
        // The whole field in this buffer, with no doubled quote or line break: straight from it.
        String value = new String(b, position, n);
        position = p + 1;
        column++;
        afterQuote = afterClosingQuote();
        return value;
      }
      field.append(b, position, n);
      direct = false;
      position = p;
      if (p == end) {
        if (!fill()) {
          throw new CsvException("csv-unterminated", startLine, startColumn, "a quoted field is never closed", "a closing double quote");
        }
        continue;
      }
      int c = read();
      if (c == '"') {
        if (peek() == '"') {
          read();
          append('"');
          continue;
        }
        afterQuote = afterClosingQuote();
        return field.toString();
      }
      // A line break inside the quotes belongs to the field.
      append(c);
      if (c == '\r' && peek() == '\n') {
        append(read());
      }
      line++;
      column = 0;
    }
  }

  /** Reads the character after a closing quote, which must end the field. */
  private int afterClosingQuote() throws IOException {
    int after = read();
    if (after != delimiter && after != '\r' && after != '\n' && after != EOF) {
      throw new CsvException("csv-after-quote", line, column, "text after a closing quote", "a delimiter or the end of the line");
    }
    return after;
  }

  /**
   * Accounts for {@code n} more characters of the current field, the first at column {@code
   * before + 1}: the field and record limits, checked as for each character in turn.
   */
  private void run(int n, long before) {
    if (n == 0) {
      return;
    }
    long firstTooLongField = (long) maxFieldLength - fieldLength + 1;
    long firstTooLongRecord = (long) maxRecordLength - recordLength + 1;
    long first = Math.min(firstTooLongField, firstTooLongRecord);
    if (first <= n) {
      column = before + first;
      if (firstTooLongField <= firstTooLongRecord) {
        throw fieldTooLong();
      }
      throw recordTooLong();
    }
    fieldLength += n;
    recordLength += n;
  }

  /** Consumes the rest of a line break (CR, LF or CRLF) whose first character was {@code c}. */
  private void endLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      position++;
    }
    line++;
    column = 0;
  }

  /** One character of a field, already read. */
  private void append(int c) {
    if (fieldLength >= maxFieldLength) {
      throw fieldTooLong();
    }
    count();
    fieldLength++;
    field.append((char) c);
  }

  private CsvException fieldTooLong() {
    return new CsvException("csv-field-too-long", line, column, "a field is longer than " + maxFieldLength + " characters", "shorter fields, or a higher limit (maxFieldLength)");
  }

  private CsvException recordTooLong() {
    return new CsvException("csv-record-too-long", line, column, "a record is longer than " + maxRecordLength + " characters", "shorter records, or a higher limit (maxRecordLength)");
  }

  private void count() {
    if (++recordLength > maxRecordLength) {
      throw recordTooLong();
    }
  }

  /** Refills the buffer from the start; false at the end of the input. */
  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(0, n);
    return n > 0;
  }

  /** The next character without taking it, or EOF. */
  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position];
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    column++;
    return buffer[position++];
  }
}
