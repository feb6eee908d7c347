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
  /** 1-based value on the matrix's likelihood scale. */
  public abstract int likelihood();

  /** 1-based value on the matrix's consequence scale. */
  public abstract int consequence();

  public abstract String rationale();

  public abstract String assessedBy();

  public abstract LocalDate assessedOn();

  public static RiskAssessment of(int likelihood, int consequence, String rationale, String assessedBy, LocalDate assessedOn) {
    return builder().likelihood(likelihood).consequence(consequence).rationale(rationale).assessedBy(assessedBy).assessedOn(assessedOn).build();
  }

  @Value.Check
  protected void check() {
    if (likelihood() < 1 || consequence() < 1) {
      throw new IllegalArgumentException("likelihood and consequence are 1-based scale values");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRiskAssessment.Builder {}
}
