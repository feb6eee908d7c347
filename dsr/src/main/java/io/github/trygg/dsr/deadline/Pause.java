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
 * @param from the first day of the pause
 * @param to the day it ended; empty while it is open
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Pause(LocalDate from, Optional<LocalDate> to, String reasonCode) {
  /**
   * Checks the dates.
   *
   * @param reasonCode a code such as {@code identity} or {@code clarification}; never free text that
   *     could carry personal data
   * @param from the first day of the pause
   * @param to the day it ended; empty while it is open
   * @throws IllegalArgumentException if the pause ends before it starts
   */
  public Pause {
    if (to.isPresent() && to.get().isBefore(from)) {
      throw new IllegalArgumentException("a pause cannot end before it starts");
    }
  }

  /** {@return whether the pause has not ended yet} */
  public boolean isOpen() {
    return to.isEmpty();
  }

  /** {@return whole days paused; 0 while open} */
  public long days() {
    return to.map(t -> ChronoUnit.DAYS.between(from, t)).orElse(0L);
  }
}
