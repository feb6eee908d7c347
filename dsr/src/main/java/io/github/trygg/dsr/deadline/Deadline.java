package io.github.trygg.dsr.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * When a request must be answered, with how that was worked out.
 *
 * @param received the day of receipt in the controller's zone (not itself counted)
 * @param initialDue one month from receipt, moved past closed pauses and to a working day
 * @param extensionNoticeBy the last day on which an extension may be decided and notified: the
 *     initial due date (Art. 12(3): "within one month of receipt")
 * @param extendedDue three months from receipt, computed from the original date (so 31 January
 *     gives 30 April, not 28 April), moved past pauses and to a working day
 * @param extension set once the request has been extended
 * @param pauses every pause, open or closed, in order
 * @see DeadlineCalculator#explain(Deadline) for the rules applied
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Deadline(
    LocalDate received,
    LocalDate initialDue,
    LocalDate extensionNoticeBy,
    LocalDate extendedDue,
    Optional<Extension> extension,
    List<Pause> pauses) {

  /**
   * Copies the pauses.
   *
   * @param received the day of receipt in the controller's zone (not itself counted)
   * @param initialDue one month from receipt, moved past closed pauses and to a working day
   * @param extensionNoticeBy the last day on which an extension may be decided and notified: the
   *     initial due date (Art. 12(3): "within one month of receipt")
   * @param extendedDue three months from receipt, computed from the original date (so 31 January
   *     gives 30 April, not 28 April), moved past pauses and to a working day
   * @param extension set once the request has been extended
   * @param pauses every pause, open or closed, in order
   */
  public Deadline {
    pauses = List.copyOf(pauses);
  }

  /** {@return the date that binds now: the extended one once extended} */
  public LocalDate due() {
    return extension.isPresent() ? extendedDue : initialDue;
  }

  /** {@return whether the Art. 12(3) extension was taken} */
  public boolean isExtended() {
    return extension.isPresent();
  }

  /** {@return whether the clock is stopped now (the last pause is open)} */
  public boolean isPaused() {
    return !pauses.isEmpty() && pauses.get(pauses.size() - 1).isOpen();
  }

  /** {@return whole days paused so far (closed pauses)} */
  public long pausedDays() {
    return pauses.stream().mapToLong(Pause::days).sum();
  }

  /**
   * Calendar days from {@code today} to the due date; negative when overdue. For display.
   *
   * @param today today's date
   * @return the days until the due date, negative when overdue
   */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, due());
  }

  /**
   * Whether the binding due date has passed on {@code today}.
   *
   * @param today today's date
   * @return whether the deadline is missed
   */
  public boolean isOverdue(LocalDate today) {
    return today.isAfter(due());
  }
}
