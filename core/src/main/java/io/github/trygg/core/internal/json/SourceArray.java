package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** An array and its elements in order. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceArray extends SourceNode {
  private final List<SourceNode> elements;

  /** An array read from a file: links each element to this array. */
  SourceArray(String source, int line, int column, @Nullable String name, int index, List<SourceNode> elements) {
    super(source, line, column, name, index);
    this.elements = List.copyOf(elements);
    for (SourceNode child : this.elements) {
      adopt(child);
    }
  }

  private SourceArray(Location location, List<SourceNode> elements) {
    super(location);
    this.elements = List.copyOf(elements);
  }

  /** An array assembled in code, for example by merging several files. */
  public static SourceArray of(Location location, List<SourceNode> elements) {
    return new SourceArray(location, elements);
  }

  public List<SourceNode> elements() {
    return elements;
  }

  public int size() {
    return elements.size();
  }

  @Override
  public String kind() {
    return "array";
  }
}
