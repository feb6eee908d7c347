package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.Duration;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How long a system may be down and how much data may be lost (RTO and RPO). Used both for what is
 * required of a system and for what it can deliver.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RecoveryObjectives {
  /** {@return recovery time: the longest tolerable downtime} */
  public abstract Optional<Duration> maxDowntime();

  /** {@return recovery point: the largest tolerable loss of recent data} */
  public abstract Optional<Duration> maxDataLoss();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecoveryObjectives}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRecoveryObjectives.Builder {}
}
