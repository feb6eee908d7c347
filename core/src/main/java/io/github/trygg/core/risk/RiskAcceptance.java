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
  public abstract String acceptedBy();

  public abstract LocalDate acceptedOn();

  public abstract String rationale();

  public abstract Optional<LocalDate> validUntil();

  /** The residual likelihood and consequence accepted. */
  public abstract int likelihood();

  public abstract int consequence();

  /** Asset id → {@link io.github.trygg.core.classification.AssetClassification#fingerprint()} when accepted ({@code unclassified} if none). */
  public abstract Map<String, String> classificationFingerprints();

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableRiskAcceptance.Builder {}
}
