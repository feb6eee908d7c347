package io.github.trygg.core;

import java.util.Optional;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Where in an input a problem was found: the source (a file name or a caller-given label), the line
 * and column when the input has them, and the JSON Pointer (RFC 6901) of the value.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Location(String source, int line, int column, String pointer) {

  /** Line and column are 1-based; 0 means unknown. */
  public Location {
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0");
    }
  }

  public static Location of(String source, String pointer) {
    return new Location(source, 0, 0, pointer);
  }

  public OptionalInt lineNumber() {
    return line == 0 ? OptionalInt.empty() : OptionalInt.of(line);
  }

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
