package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/**
 * The dialect of a CSV file: its delimiter and the line ending written. Quoting is RFC 4180's.
 *
 * @param maxFieldLength the longest field accepted, so that a missing quote cannot make a whole
 *     file one field
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CsvFormat(char delimiter, String lineEnding, int maxFieldLength) {

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

  /** Comma, CRLF, fields up to 1 MiB characters: RFC 4180. */
  public static CsvFormat rfc4180() {
    return new CsvFormat(',', "\r\n", 1 << 20);
  }

  /** Another delimiter, such as ';' from spreadsheets set to Swedish or Norwegian. */
  public static CsvFormat delimitedBy(char delimiter) {
    return new CsvFormat(delimiter, "\r\n", 1 << 20);
  }
}
