package io.github.trygg.dsr.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A period in which the clock stood still — while waiting for proof of identity or a clarification
 * (GDPR Art. 12(6)). Open until {@code to} is set; only closed pauses move the due dates.
 *
 * @param reasonCode a code such as {@code identity} or {@code clarification}; never free text that
 *     could carry personal data
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Pause(LocalDate from, Optional<LocalDate> to, String reasonCode) {
  public Pause {
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end before it starts");
    }
  }

  public boolean isOpen() {
    return to.isEmpty();
  }

  /** Whole days paused; 0 while open. */
  public long days() {
    return to.map(t -> ChronoUnit.DAYS.between(from, t)).orElse(0L);
  }
}
