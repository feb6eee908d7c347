package io.github.trygg.core.internal.json;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where the stream is: a stack of property names and array indices, read without building strings
 * until a JSON Pointer (RFC 6901) is really needed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class JsonPath {
  private @Nullable String[] names = new String[16];
  private int[] indices = new int[16];
  private int depth;
  private int base;

  /** The number of segments: 0 at a root value. */
  public int depth() {
    return depth;
  }

  /**
   * Where the record begins: 1 inside the elements of a root array (segment 0 is the record's
   * position), 0 otherwise. Policies address fields relative to the record.
   */
  public int base() {
    return base;
  }

  void base(int base) {
    this.base = base;
  }

  /** Whether segment {@code i} is an array index. */
  public boolean isIndex(int i) {
    return names[i] == null;
  }

  public String name(int i) {
    String name = names[i];
    if (name == null) {
      throw new IllegalStateException("segment " + i + " is an index");
    }
    return name;
  }

  public int index(int i) {
    return indices[i];
  }

  /** The property name of the value, or of the array it is (nested) in; null at the root. */
  public @Nullable String nearestName() {
    for (int i = depth - 1; i >= 0; i--) {
      if (names[i] != null) {
        return names[i];
      }
    }
    return null;
  }

  /** The JSON Pointer of the value in the whole document. */
  public String pointer() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      String name = names[i];
      if (name == null) {
        sb.append(indices[i]);
      } else {
        sb.append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return sb.toString();
  }

  void pushName(String name) {
    grow();
    names[depth] = name;
    indices[depth++] = -1;
  }

  void pushIndex(int index) {
    grow();
    names[depth] = null;
    indices[depth++] = index;
  }

  void pop() {
    names[--depth] = null;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }
}
