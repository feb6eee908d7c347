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
  public abstract String id();

  public abstract String description();

  /** A role, as the organisation records it. */
  public abstract String owner();

  public abstract LocalDate due();

  @Value.Default
  public MitigationStatus status() {
    return MitigationStatus.PLANNED;
  }

  /** Still open after its due date. */
  public final boolean isOverdue(LocalDate today) {
    return status().isOpen() && today.isAfter(due());
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableMitigation.Builder {}
}
