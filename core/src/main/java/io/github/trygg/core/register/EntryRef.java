package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** A reference to one register entry: its kind and id. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EntryRef(EntryKind kind, String id) implements Comparable<EntryRef> {

  @Override
  public int compareTo(EntryRef o) {
    int byKind = kind.compareTo(o.kind);
    return byKind != 0 ? byKind : id.compareTo(o.id);
  }

  /** For example {@code system:care-record}. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
