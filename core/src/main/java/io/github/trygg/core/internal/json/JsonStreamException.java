package io.github.trygg.core.internal.json;

import org.apiguardian.api.API;

/** Malformed JSON at a line, column and pointer; the message never quotes the data. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonStreamException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final long line;
  private final long column;
  private final String pointer;
  private final String expected;

  public JsonStreamException(long line, long column, String pointer, String message) {
    this("json-syntax", line, column, pointer, message, "well-formed JSON");
  }

  public JsonStreamException(String code, long line, long column, String pointer, String message, String expected) {
    super(message);
    this.code = code;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.expected = expected;
  }

  /** {@code json-syntax}, or the code of the limit that was exceeded. */
  public String code() {
    return code;
  }

  public String expected() {
    return expected;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  public String pointer() {
    return pointer;
  }

  /** Never null: every constructor takes the message. */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }
}
