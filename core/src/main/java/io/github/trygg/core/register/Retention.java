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
  /** For example "Gallras 2 år efter avslutad insats enligt dokumenthanteringsplan". */
  public abstract String rule();

  public abstract Optional<Period> period();

  /** Ids of the systems or assets the rule is kept in; each must exist in the register. */
  public abstract java.util.List<String> keptIn();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRetention.Builder {}
}
