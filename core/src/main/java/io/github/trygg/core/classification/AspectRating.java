package io.github.trygg.core.classification;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** The level of one aspect of an information asset, with why, how, by whom and when. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class AspectRating {
  public abstract SecurityAspect aspect();

  public abstract ConsequenceLevel level();

  /** Why this level: the consequence the assessor had in mind. */
  public abstract String justification();

  @Value.Default
  public RatingOrigin origin() {
    return RatingOrigin.ASSESSED;
  }

  /** A role or name of the assessor, as the organisation records it. */
  public abstract Optional<String> assessedBy();

  public abstract Optional<LocalDate> assessedOn();

  /** Level 4 always needs its own analysis. */
  public final boolean requiresSeparateAnalysis() {
    return level().requiresSeparateAnalysis();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableAspectRating.Builder {}
}
