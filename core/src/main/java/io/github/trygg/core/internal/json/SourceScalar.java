package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A string, number, boolean or null, kept as its text. A number's text is a plain decimal within the
 * read limits (the reader refuses any other), so converting it never expands it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceScalar extends SourceNode {

  /** The scalar types of JSON (YAML scalars are resolved to these by the parser). */
  public enum Type {
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private final Type type;
  private final String text;

  /** A scalar read from a file. */
  SourceScalar(String source, int line, int column, @Nullable String name, int index, Type type, String text) {
    super(source, line, column, name, index);
    this.type = type;
    this.text = text;
  }

  private SourceScalar(Location location, Type type, String text) {
    super(location);
    this.type = type;
    this.text = text;
  }

  /** A scalar assembled in code. */
  public static SourceScalar of(Location location, Type type, String text) {
    return new SourceScalar(location, type, text);
  }

  public Type type() {
    return type;
  }

  public String text() {
    return text;
  }

  public boolean isNull() {
    return type == Type.NULL;
  }

  @Override
  public String kind() {
    return type.name().toLowerCase(java.util.Locale.ROOT);
  }
}
