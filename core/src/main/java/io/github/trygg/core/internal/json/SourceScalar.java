package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import org.apiguardian.api.API;

/** A string, number, boolean or null, kept as its text. */
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

  SourceScalar(Location location, Type type, String text) {
    super(location);
    this.type = type;
    this.text = text;
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
