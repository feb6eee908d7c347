package io.github.trygg.crypto.internal.csv;

import org.apiguardian.api.API;

/** Malformed CSV at a line and column; the message never quotes the data. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CsvException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final long line;
  private final long column;
  private final String expected;

  public CsvException(String code, long line, long column, String message, String expected) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
    this.expected = expected;
  }

  public String code() {
    return code;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  public String expected() {
    return expected;
  }

  /** Never null: every constructor takes the message. */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }
}
