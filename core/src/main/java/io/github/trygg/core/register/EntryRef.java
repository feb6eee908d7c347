package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * A reference to one register entry: its kind and id. Files and logs write it {@code system:care-record};
 * a reader sees {@link #label()}, the kind in words and the id ("system care-record", "informationstillgång
 * larmhandelser").
 *
 * @param kind the kind of entry
 * @param id the entry's id
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EntryRef(EntryKind kind, String id) implements Comparable<EntryRef>, Labelled {

  @Override
  public int compareTo(EntryRef o) {
    int byKind = kind.compareTo(o.kind);
    return byKind != 0 ? byKind : id.compareTo(o.id);
  }

  /** {@return the kind in words, then the id as the register writes it} */
  @Override
  public LocalizedText label() {
    LocalizedText k = kind.label();
    return new LocalizedText(k.sv() + " " + id, k.nb() + " " + id, k.en() + " " + id);
  }

  /** For example {@code system:care-record}: the form files and logs use. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
