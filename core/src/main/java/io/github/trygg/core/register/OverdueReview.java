package io.github.trygg.core.register;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An entry whose review is due: never reviewed (no due date) or past its next due date.
 *
 * @param entry the entry whose review is due
 * @param dueOn the date it was due; empty when it was never reviewed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OverdueReview(EntryRef entry, Optional<LocalDate> dueOn) {

  /** {@return whether the entry has never been reviewed} */
  public boolean neverReviewed() {
    return dueOn.isEmpty();
  }
}
