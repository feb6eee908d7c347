package io.github.trygg.core.risk;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** A risk-reducing measure (riskreducerande åtgärd, risikoreduserende tiltak) with owner and due date. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Mitigation {
  /** {@return the measure's id within the risk} */
  public abstract String id();

  /** {@return what the measure is} */
  public abstract String description();

  /** {@return a role, as the organisation records it} */
  public abstract String owner();

  /** {@return when it is due} */
  public abstract LocalDate due();

  /** {@return where the measure stands; planned by default} */
  @Value.Default
  public MitigationStatus status() {
    return MitigationStatus.PLANNED;
  }

  /**
   * Whether the measure is still open after its due date.
   *
   * @param today today's date
   * @return whether it is overdue
   */
  public final boolean isOverdue(LocalDate today) {
    return status().isOpen() && today.isAfter(due());
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Mitigation}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableMitigation.Builder {}
}
