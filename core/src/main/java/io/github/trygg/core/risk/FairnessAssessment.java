package io.github.trygg.core.risk;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The fairness assessment of an automated decision or scoring: which protected grounds were
 * considered, how representative the data are, why any differential treatment is justified, and
 * how people oversee the outcome (IMY counts the prohibition of discrimination in DPIA risk; the
 * Swedish Equality Ombudsman found agencies rarely consider the grounds).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class FairnessAssessment {
  /** {@return the discrimination grounds the assessment considered} */
  public abstract Set<DiscriminationGround> groundsConsidered();

  /** {@return whether the training or decision data represent the people the decisions affect} */
  public abstract String dataRepresentativeness();

  /** {@return why any difference in outcome between groups is justified; empty when none was found} */
  public abstract Optional<String> differentialTreatmentJustification();

  /** {@return who can override the automated outcome, and how} */
  public abstract String humanOversight();

  /** {@return who assessed, as a role or name} */
  public abstract String assessedBy();

  /** {@return when it was assessed} */
  public abstract LocalDate assessedOn();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FairnessAssessment}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableFairnessAssessment.Builder {}
}
