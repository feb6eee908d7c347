package io.github.trygg.core.register;

import java.util.Optional;
import org.apiguardian.api.API;

/** What every register entry has: an id unique within its kind, and a review cycle. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface RegisterEntry {
  /** {@return the entry's id, unique within its kind} */
  String id();

  /** {@return what kind of entry it is} */
  EntryKind kind();

  /** {@return when the entry was last reviewed and how often it must be; empty if never reviewed} */
  Optional<Review> review();

  /** {@return a reference to the entry: its kind and id} */
  default EntryRef ref() {
    return new EntryRef(kind(), id());
  }
}
