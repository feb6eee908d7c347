package io.github.trygg.core.internal.json;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The members of a small object read from a file, in file order, as two arrays: a register holds
 * hundreds of thousands of objects of a few members each, and a hash map per object costs several
 * times the memory of the values themselves. Unmodifiable; looked up by a scan, so only for the few
 * members a register object has (the reader uses a hash map above {@link #MAX}).
 */
final class Members extends AbstractMap<String, SourceNode> {
  static final int MAX = 24;

  private final String[] names;
  private final SourceNode[] values;
  private @Nullable Set<Map.Entry<String, SourceNode>> entries;

  Members(String[] names, SourceNode[] values) {
    this.names = names;
    this.values = values;
  }

  @Override
  public int size() {
    return names.length;
  }

  @Override
  public boolean isEmpty() {
    return names.length == 0;
  }

  private int indexOf(@Nullable Object name) {
    if (name != null) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public @Nullable SourceNode get(@Nullable Object name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  @Override
  public Set<Map.Entry<String, SourceNode>> entrySet() {
    Set<Map.Entry<String, SourceNode>> set = entries;
    if (set == null) {
      set = new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, SourceNode>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < names.length;
            }

            @Override
            public Map.Entry<String, SourceNode> next() {
              if (next >= names.length) {
                throw new NoSuchElementException();
              }
              Map.Entry<String, SourceNode> e = new AbstractMap.SimpleImmutableEntry<>(names[next], values[next]);
              next++;
              return e;
            }
          };
        }

        @Override
        public int size() {
          return names.length;
        }
      };
      entries = set;
    }
    return set;
  }
}
