package io.github.trygg.core.dpia;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Whether the supervisory authority must be consulted before processing (GDPR Art. 36). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsultationStatus implements Labelled {
  /** A residual risk stays high after measures: consult IMY (förhandssamråd) or Datatilsynet (forhåndsdrøftelse). */
  REQUIRED,
  /** Every residual risk is acceptable or tolerable. */
  NOT_REQUIRED,
  /** Some risk has no residual assessment yet, so the question cannot be answered. */
  UNDETERMINED;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case REQUIRED -> new LocalizedText("förhandssamråd krävs", "forhåndsdrøftelse kreves", "prior consultation required");
      case NOT_REQUIRED -> new LocalizedText("förhandssamråd krävs inte", "forhåndsdrøftelse kreves ikke", "no prior consultation needed");
      case UNDETERMINED -> new LocalizedText("kan inte avgöras ännu", "kan ikke avgjøres ennå", "cannot be decided yet");
    };
  }
}
