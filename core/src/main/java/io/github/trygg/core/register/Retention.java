package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.Period;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** How long data are kept: the rule in words, and the period when it is a fixed one. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Retention {
  /** {@return the retention rule in words, for example "Gallras 2 år efter avslutad insats enligt dokumenthanteringsplan"} */
  public abstract String rule();

  /** {@return how long the data are kept, when the rule gives a period} */
  public abstract Optional<Period> period();

  /** {@return ids of the systems or assets the rule is kept in; each must exist in the register} */
  public abstract java.util.List<String> keptIn();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Retention}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRetention.Builder {}
}
