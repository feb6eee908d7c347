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
  public abstract LocalDate reviewedOn();

  /** For example one year ({@code P1Y} in a file). */
  public abstract Period interval();

  public final LocalDate nextDue() {
    return reviewedOn().plus(interval());
  }

  public final boolean isOverdue(LocalDate today) {
    return today.isAfter(nextDue());
  }

  @Value.Check
  protected void check() {
    if (interval().isNegative() || interval().isZero()) {
      throw new IllegalArgumentException("a review interval must be positive");
    }
  }

  public static Review of(LocalDate reviewedOn, Period interval) {
    return builder().reviewedOn(reviewedOn).interval(interval).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableReview.Builder {}
}
