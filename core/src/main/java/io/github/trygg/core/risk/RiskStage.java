package io.github.trygg.core.risk;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The three assessments of a risk, kept apart: residual is re-assessed, never computed from inherent. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskStage implements Labelled {
  /** Without any measures (as IMY asks for camera surveillance). */
  INHERENT,
  /** With the measures in place today. */
  CURRENT,
  /** After the planned risk-reducing measures (riskreducerande åtgärder). */
  RESIDUAL;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case INHERENT -> new LocalizedText("inneboende risk", "iboende risiko", "inherent risk");
      case CURRENT -> new LocalizedText("nuvarande risk", "nåværende risiko", "current risk");
      case RESIDUAL -> new LocalizedText("restrisk", "restrisiko", "residual risk");
    };
  }
}
