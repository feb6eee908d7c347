package io.github.trygg.core.internal.json;

import org.apiguardian.api.API;

/** Malformed JSON at a line, column and pointer; the message never quotes the data. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonStreamException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final long line;
  private final long column;
  private final String pointer;

  public JsonStreamException(long line, long column, String pointer, String message) {
    super(message);
    this.line = line;
    this.column = column;
    this.pointer = pointer;
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
}
