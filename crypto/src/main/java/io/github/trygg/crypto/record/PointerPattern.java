package io.github.trygg.crypto.record;

import io.github.trygg.core.internal.json.JsonPath;
import java.util.ArrayList;
import java.util.List;

/** A JSON Pointer whose segments may be {@code *}: matches any name or index there. */
final class PointerPattern {
  private final String[] segments;

  PointerPattern(String pointer) {
    List<String> parts = new ArrayList<>();
    for (String raw : pointer.substring(1).split("/", -1)) {
      parts.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    this.segments = parts.toArray(String[]::new);
  }

  /** Whether the pattern names this place, counted from the start of the record. */
  boolean matches(JsonPath path) {
    int base = path.base();
    if (path.depth() - base != segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      int at = base + i;
      if (s.equals("*")) {
        continue;
      }
      if (path.isIndex(at) ? !s.equals(Integer.toString(path.index(at))) : !s.equals(path.name(at))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the pattern names this place, given as names with {@code *} for an array element. */
  boolean matches(java.util.List<String> path) {
    if (path.size() != segments.length) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      if (!segments[i].equals("*") && !segments[i].equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** For CSV, where a record is one level deep: the single name, if there is one. */
  boolean matchesColumn(String column) {
    return segments.length == 1 && (segments[0].equals("*") || segments[0].equals(column));
  }
}
