package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import java.util.List;
import org.apiguardian.api.API;

/** An array and its elements in order. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceArray extends SourceNode {
  private final List<SourceNode> elements;

  SourceArray(Location location, List<SourceNode> elements) {
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
