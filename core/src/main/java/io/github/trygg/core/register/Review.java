package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.time.Period;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** When an entry was last reviewed and how often it must be reviewed (the register's review cycle). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Review {
  /** {@return the date of the last review} */
  public abstract LocalDate reviewedOn();

  /** {@return how often to review, for example one year ({@code P1Y} in a file)} */
  public abstract Period interval();

  /** {@return the date the next review is due: the last review plus the interval} */
  public final LocalDate nextDue() {
    return reviewedOn().plus(interval());
  }

  /**
   * Whether the next review is past due on {@code today}.
   *
   * @param today today's date
   * @return whether it is overdue
   */
  public final boolean isOverdue(LocalDate today) {
    return today.isAfter(nextDue());
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (interval().isNegative() || interval().isZero()) {
      throw new IllegalArgumentException("a review interval must be positive");
    }
  }

  /**
   * A review done on {@code reviewedOn}, repeated every {@code interval}.
   *
   * @param reviewedOn the date of the last review
   * @param interval how often to review; positive
   * @return the review
   * @throws IllegalArgumentException if the interval is not positive
   */
  public static Review of(LocalDate reviewedOn, Period interval) {
    return builder().reviewedOn(reviewedOn).interval(interval).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Review}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableReview.Builder {}
}
