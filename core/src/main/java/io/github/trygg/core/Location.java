package io.github.trygg.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where in an input a problem was found: the source (a file name or a caller-given label), the line
 * and column when the input has them, and the JSON Pointer (RFC 6901) of the value.
 *
 * @param source the file name or caller-given label
 * @param line the 1-based line; 0 when unknown
 * @param column the 1-based column; 0 when unknown
 * @param pointer the JSON Pointer (RFC 6901) of the value; empty for the whole input
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Location(String source, int line, int column, String pointer) {

  /**
   * Checks the position; line and column are 1-based, 0 means unknown.
   *
   * @param source the file name or caller-given label
   * @param line the 1-based line; 0 when unknown
   * @param column the 1-based column; 0 when unknown
   * @param pointer the JSON Pointer (RFC 6901) of the value; empty for the whole input
   * @throws IllegalArgumentException if the line or column is negative
   */
  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  /**
   * A location without line and column, for input that has none (a tree built in code).
   *
   * @param source the file name or caller-given label
   * @param pointer the JSON Pointer of the value; empty for the whole input
   * @return the location
   */
  public static Location of(String source, String pointer) {
    return new Location(source, 0, 0, pointer);
  }

  /** {@return the 1-based line; empty when unknown} */
  public OptionalInt lineNumber() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** {@return the JSON Pointer of the value; empty when the problem concerns the whole input} */
  public Optional<String> jsonPointer() {
    return pointer.isEmpty() ? Optional.empty() : Optional.of(pointer);
  }

  /** For example {@code register.yaml:12:5 at /systems/3/vendor}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    if (!pointer.isEmpty()) {
      sb.append(" at ").append(pointer);
    }
    return sb.toString();
  }
}
