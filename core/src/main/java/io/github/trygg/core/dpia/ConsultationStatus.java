package io.github.trygg.core.dpia;

import org.apiguardian.api.API;

/** Whether the supervisory authority must be consulted before processing (GDPR Art. 36). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsultationStatus {
  /** A residual risk stays high after measures: consult IMY (förhandssamråd) or Datatilsynet (forhåndsdrøftelse). */
  REQUIRED,
  /** Every residual risk is acceptable or tolerable. */
  NOT_REQUIRED,
  /** Some risk has no residual assessment yet, so the question cannot be answered. */
  UNDETERMINED
}
