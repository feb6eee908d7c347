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
  /** {@return the risk's id in the risk register} */
  public abstract String id();

  /** {@return the risk's title} */
  public abstract String title();

  /** {@return what happens: the unwanted event and why it is a risk} */
  public abstract String scenario();

  /** {@return who or what causes it, when known (an attacker, a power cut, a biased training set …)} */
  public abstract Optional<String> threat();

  /** {@return what kind of risk it is: information security, privacy, secrecy, continuity …} */
  public abstract RiskCategory category();

  /** {@return the risk owner, as a role} */
  public abstract Optional<String> owner();

  /** {@return the register assets the risk concerns, with the aspects it threatens} */
  public abstract List<AffectedAsset> affectedAssets();

  /** {@return ids of register systems involved} */
  public abstract List<String> affectedSystems();

  /**
   * {@return whether the processing makes or prepares automated decisions about people, so fairness
   * must be assessed}
   */
  @Value.Default
  public boolean automatedDecisions() {
    return false;
  }

  /** {@return the fairness assessment, when one is recorded} */
  public abstract Optional<FairnessAssessment> fairness();

  /** {@return the assessment before any measure, if made} */
  public abstract Optional<RiskAssessment> inherent();

  /** {@return the assessment with the measures in place now, if made} */
  public abstract Optional<RiskAssessment> current();

  /** {@return the assessment once the planned measures are done, if made} */
  public abstract Optional<RiskAssessment> residual();

  /** {@return the measures that treat the risk} */
  public abstract List<Mitigation> mitigations();

  /** {@return the risk owner's acceptance of the residual risk, if given} */
  public abstract Optional<RiskAcceptance> acceptance();

  /**
   * The assessment at one stage.
   *
   * @param stage inherent, current or residual
   * @return that stage's assessment, if made
   */
  public final Optional<RiskAssessment> assessment(RiskStage stage) {
    switch (stage) {
      case INHERENT: return inherent();
      case CURRENT: return current();
      default: return residual();
    }
  }

  /** {@return whether a fairness assessment is called for} */
  public final boolean needsFairnessAssessment() {
    return automatedDecisions() || category().concernsFairness();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Risk}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRisk.Builder {}
}
