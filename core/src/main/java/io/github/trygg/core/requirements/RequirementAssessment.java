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
  public abstract String requirementId();

  /** The chosen measure; empty when none is chosen yet. */
  public abstract Optional<String> measure();

  public abstract ImplementationStatus status();

  public abstract Optional<String> assessedBy();

  public abstract Optional<LocalDate> assessedOn();

  public static RequirementAssessment of(String requirementId, ImplementationStatus status, String measure) {
    return builder().requirementId(requirementId).status(status).measure(measure).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRequirementAssessment.Builder {}
}
