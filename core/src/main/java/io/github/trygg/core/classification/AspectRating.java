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
  /** {@return the aspect rated} */
  public abstract SecurityAspect aspect();

  /** {@return the level it is rated at} */
  public abstract ConsequenceLevel level();

  /** {@return why this level: the consequence the assessor had in mind} */
  public abstract String justification();

  /** {@return where the rating comes from; assessed by default} */
  @Value.Default
  public RatingOrigin origin() {
    return RatingOrigin.ASSESSED;
  }

  /** {@return a role or name of the assessor, as the organisation records it} */
  public abstract Optional<String> assessedBy();

  /** {@return when it was assessed, if recorded} */
  public abstract Optional<LocalDate> assessedOn();

  /** {@return whether the rating needs an analysis of its own} Level 4 always does. */
  public final boolean requiresSeparateAnalysis() {
    return level().requiresSeparateAnalysis();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AspectRating}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableAspectRating.Builder {}
}
