package io.github.trygg.core.requirements;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How the organisation meets one requirement for one system: the measure it chose (KLASSA's "hur"
 * column, for example "SITHS or BankID at tillitsnivå 3") and its own assessment of whether it is met.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RequirementAssessment {
  /** {@return the id of the requirement assessed} */
  public abstract String requirementId();

  /** {@return the chosen measure; empty when none is chosen yet} */
  public abstract Optional<String> measure();

  /** {@return how far the requirement is met} */
  public abstract ImplementationStatus status();

  /** {@return who assessed, if recorded} */
  public abstract Optional<String> assessedBy();

  /** {@return when it was assessed, if recorded} */
  public abstract Optional<LocalDate> assessedOn();

  /**
   * An assessment with a chosen measure.
   *
   * @param requirementId the requirement's id
   * @param status how far it is met
   * @param measure the chosen measure
   * @return the assessment
   */
  public static RequirementAssessment of(String requirementId, ImplementationStatus status, String measure) {
    return builder().requirementId(requirementId).status(status).measure(measure).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequirementAssessment}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRequirementAssessment.Builder {}
}
