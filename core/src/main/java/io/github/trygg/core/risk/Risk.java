package io.github.trygg.core.risk;

import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An entry in the risk register: the scenario, what it threatens, its category, its three
 * assessments (inherent, current, residual, each with who and when), the measures planned or done,
 * and the acceptance decision if any. Evaluate it with {@link RiskAnalyzer}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Risk {
  public abstract String id();

  public abstract String title();

  /** What happens: the unwanted event and why it is a risk. */
  public abstract String scenario();

  /** Who or what causes it, when known (an attacker, a power cut, a biased training set …). */
  public abstract Optional<String> threat();

  public abstract RiskCategory category();

  /** The risk owner, as a role. */
  public abstract Optional<String> owner();

  public abstract List<AffectedAsset> affectedAssets();

  /** Ids of register systems involved. */
  public abstract List<String> affectedSystems();

  /** The processing makes or prepares automated decisions about people, so fairness must be assessed. */
  @Value.Default
  public boolean automatedDecisions() {
    return false;
  }

  public abstract Optional<FairnessAssessment> fairness();

  public abstract Optional<RiskAssessment> inherent();

  public abstract Optional<RiskAssessment> current();

  public abstract Optional<RiskAssessment> residual();

  public abstract List<Mitigation> mitigations();

  public abstract Optional<RiskAcceptance> acceptance();

  public final Optional<RiskAssessment> assessment(RiskStage stage) {
    switch (stage) {
      case INHERENT: return inherent();
      case CURRENT: return current();
      default: return residual();
    }
  }

  /** Whether a fairness assessment is called for. */
  public final boolean needsFairnessAssessment() {
    return automatedDecisions() || category().concernsFairness();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRisk.Builder {}
}
