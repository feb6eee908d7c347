package io.github.trygg.crypto.internal.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Writes RFC 4180 CSV in UTF-8: a field is quoted only when it holds the delimiter, a double quote,
 * CR or LF, with inner quotes doubled; records end with the given line ending (CRLF by the RFC).
 * Encodes into its own buffer, one pass per field, and writes the buffer out when full or on {@link
 * #flush()}; an unpaired surrogate is written as '?', as the JDK's encoder does.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvWriter {
  private final OutputStream out;
  private final char delimiter;
  private final byte[] delimiterBytes;
  private final byte[] lineEnding;
  private final byte[] buffer = new byte[1 << 16];
  /** Bit c set for each character c below 64 that makes a field need quotes. */
  private final long special;
  private int at;

  public CsvWriter(OutputStream out, char delimiter, String lineEnding) {
    this.out = out;
    this.delimiter = delimiter;
    this.delimiterBytes = String.valueOf(delimiter).getBytes(StandardCharsets.UTF_8);
    this.lineEnding = lineEnding.getBytes(StandardCharsets.UTF_8);
    long mask = 1L << '"' | 1L << '\r' | 1L << '\n';
    if (delimiter < 64) {
      mask |= 1L << delimiter;
    }
    this.special = mask;
  }

  public void write(List<String> fields) throws IOException {
    int n = fields.size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        put(delimiterBytes);
      }
      writeField(fields.get(i));
    }
    put(lineEnding);
  }

  /** The first {@code count} of {@code fields} as one record. */
  public void write(String[] fields, int count) throws IOException {
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        put(delimiterBytes);
      }
      writeField(fields[i]);
    }
    put(lineEnding);
  }

  private void writeField(String field) throws IOException {
    int length = field.length();
    if (buffer.length - at < 3L * length) {
      drain();
    }
    if (buffer.length - at >= 3L * length) {
      // One pass: UTF-8 straight into the buffer (at most three bytes a character), until a
      // character that needs quotes shows up, which is rare.
      byte[] b = buffer;
      int o = at;
      long special = this.special;
      for (int i = 0; i < length; i++) {
        char c = field.charAt(i);
        if (c < 0x80) {
          if (c < 64 ? (special >>> c & 1) != 0 : c == delimiter) {
            quoted(field);
            return;
          }
          b[o++] = (byte) c;
        } else if (c == delimiter) {
          quoted(field);
          return;
        } else if (c < 0x800) {
          b[o++] = (byte) (0xC0 | c >> 6);
          b[o++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isSurrogate(c)) {
          if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(field.charAt(i + 1))) {
            int cp = Character.toCodePoint(c, field.charAt(++i));
            b[o++] = (byte) (0xF0 | cp >> 18);
            b[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
            b[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
            b[o++] = (byte) (0x80 | cp & 0x3F);
          } else {
            b[o++] = '?';
          }
        } else {
          b[o++] = (byte) (0xE0 | c >> 12);
          b[o++] = (byte) (0x80 | c >> 6 & 0x3F);
          b[o++] = (byte) (0x80 | c & 0x3F);
        }
      }
      at = o;
      return;
    }
    // Longer than the buffer.
    if (needsQuotes(field)) {
      quoted(field);
      return;
    }
    for (int i = 0; i < length; i++) {
      i = putChar(field, i);
    }
  }

  /** The field in quotes, inner quotes doubled; nothing of it is written yet. */
  private void quoted(String field) throws IOException {
    put('"');
    for (int j = 0; j < field.length(); j++) {
      if (field.charAt(j) == '"') {
        put('"');
      }
      j = putChar(field, j);
    }
    put('"');
  }

  private boolean needsQuotes(String field) {
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Encodes the character at {@code i} (with its pair, if it starts one); returns the index of the last character used. */
  private int putChar(String s, int i) throws IOException {
    char c = s.charAt(i);
    if (c < 0x80) {
      put(c);
      return i;
    }
    if (buffer.length - at < 4) {
      drain();
    }
    byte[] b = buffer;
    if (c < 0x800) {
      b[at++] = (byte) (0xC0 | c >> 6);
      b[at++] = (byte) (0x80 | c & 0x3F);
      return i;
    }
    if (Character.isSurrogate(c)) {
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, s.charAt(i + 1));
        b[at++] = (byte) (0xF0 | cp >> 18);
        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        b[at++] = (byte) (0x80 | cp & 0x3F);
        return i + 1;
      }
      b[at++] = '?';
      return i;
    }
    b[at++] = (byte) (0xE0 | c >> 12);
    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
    b[at++] = (byte) (0x80 | c & 0x3F);
    return i;
  }

  private void put(byte[] bytes) throws IOException {
    if (buffer.length - at < bytes.length) {
      drain();
    }
    System.arraycopy(bytes, 0, buffer, at, bytes.length);
    at += bytes.length;
  }

  private void put(char ascii) throws IOException {
    if (at == buffer.length) {
      drain();
    }
    buffer[at++] = (byte) ascii;
  }

  private void drain() throws IOException {
    out.write(buffer, 0, at);
    at = 0;
  }

  /** Bytes already encoded as CSV records (by another writer), after what is buffered. */
  public void writeRaw(byte[] bytes, int length) throws IOException {
    if (buffer.length - at >= length) {
      System.arraycopy(bytes, 0, buffer, at, length);
      at += length;
      return;
    }
    drain();
    out.write(bytes, 0, length);
  }

  /** Writes out what is buffered and flushes the stream. */
  public void flush() throws IOException {
    drain();
    out.flush();
  }
}
