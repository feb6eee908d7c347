package io.github.trygg.core.register;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/** An entry whose review is due: never reviewed (no due date) or past its next due date. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OverdueReview(EntryRef entry, Optional<LocalDate> dueOn) {

  public boolean neverReviewed() {
    return dueOn.isEmpty();
  }
}
