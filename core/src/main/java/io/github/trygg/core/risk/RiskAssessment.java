package io.github.trygg.core.risk;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** One assessment of a risk: likelihood and consequence on the matrix's scales, why, by whom, when. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RiskAssessment {
  /** {@return the 1-based value on the matrix's likelihood scale} */
  public abstract int likelihood();

  /** {@return the 1-based value on the matrix's consequence scale} */
  public abstract int consequence();

  /** {@return why the values were chosen} */
  public abstract String rationale();

  /** {@return who assessed, as a role or name} */
  public abstract String assessedBy();

  /** {@return when it was assessed} */
  public abstract LocalDate assessedOn();

  /**
   * An assessment with every part given.
   *
   * @param likelihood the 1-based likelihood value
   * @param consequence the 1-based consequence value
   * @param rationale why
   * @param assessedBy who assessed
   * @param assessedOn when
   * @return the assessment
   * @throws IllegalArgumentException if a value is below 1
   */
  public static RiskAssessment of(int likelihood, int consequence, String rationale, String assessedBy, LocalDate assessedOn) {
    return builder().likelihood(likelihood).consequence(consequence).rationale(rationale).assessedBy(assessedBy).assessedOn(assessedOn).build();
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (likelihood() < 1 || consequence() < 1) {
      throw new IllegalArgumentException("likelihood and consequence are 1-based scale values");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskAssessment}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRiskAssessment.Builder {}
}
