package io.github.trygg.core.risk;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A risk owner's decision to accept a residual risk, with what it was accepted against: the residual
 * cell and the fingerprint of each affected asset's classification. When a classification or the
 * residual assessment changes, the acceptance no longer holds (see {@link AcceptanceStatus}).
 * Record one with {@link RiskAnalyzer#accept}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RiskAcceptance {
  /** {@return who accepted the risk: the risk owner, as a role or name} */
  public abstract String acceptedBy();

  /** {@return when it was accepted} */
  public abstract LocalDate acceptedOn();

  /** {@return why the residual risk is acceptable} */
  public abstract String rationale();

  /** {@return when the acceptance lapses, if it does} */
  public abstract Optional<LocalDate> validUntil();

  /** {@return the residual likelihood and consequence accepted} */
  public abstract int likelihood();

  /** {@return the residual consequence accepted} */
  public abstract int consequence();

  /**
   * {@return asset id → {@link
   * io.github.trygg.core.classification.AssetClassification#fingerprint()} when accepted ({@code
   * unclassified} if none)}
   */
  public abstract Map<String, String> classificationFingerprints();

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskAcceptance}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableRiskAcceptance.Builder {}
}
