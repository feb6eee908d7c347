package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/**
 * The dialect of a CSV file: its delimiter and the line ending written. Quoting is RFC 4180's.
 *
 * @param delimiter the field separator; not a quote or a line break
 * @param lineEnding the line ending written: CRLF or LF
 * @param maxFieldLength the longest field accepted, so that a missing quote cannot make a whole
 *     file one field
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CsvFormat(char delimiter, String lineEnding, int maxFieldLength) {
  /**
   * Checks the dialect.
   *
   * @param delimiter the field separator; not a quote or a line break
   * @param lineEnding the line ending written: CRLF or LF
   * @param maxFieldLength the longest field accepted, so that a missing quote cannot make a whole
   *     file one field
   * @throws IllegalArgumentException if the delimiter is a quote or a line break, the line ending is
   *     not CRLF or LF, or the longest field is below 1
   */
  public CsvFormat {
    if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
      throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
    }
    if (!lineEnding.equals("\r\n") && !lineEnding.equals("\n")) {
      throw new IllegalArgumentException("a line ends with CRLF or LF");
    }
    if (maxFieldLength < 1) {
      throw new IllegalArgumentException("fields need room");
    }
  }

  /** {@return comma, CRLF, fields up to 1 MiB characters: RFC 4180} */
  public static CsvFormat rfc4180() {
    return new CsvFormat(',', "\r\n", 1 << 20);
  }

  /**
   * RFC 4180 with another delimiter, such as ';' from spreadsheets set to Swedish or Norwegian.
   *
   * @param delimiter the field separator; not a quote or a line break
   * @return the dialect
   * @throws IllegalArgumentException if the delimiter is a quote or a line break
   */
  public static CsvFormat delimitedBy(char delimiter) {
    return new CsvFormat(delimiter, "\r\n", 1 << 20);
  }
}
