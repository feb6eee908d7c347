package io.github.trygg.core.risk;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where a risk-reducing measure stands. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MitigationStatus implements Labelled {
  /** Decided, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Done: the measure is in place. */
  DONE,
  /** Dropped; it no longer counts towards the residual risk. */
  CANCELLED;

  /** {@return whether the measure is still to be done: planned or in progress} */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case PLANNED -> new LocalizedText("planerad", "planlagt", "planned");
      case IN_PROGRESS -> new LocalizedText("pågår", "pågår", "in progress");
      case DONE -> new LocalizedText("genomförd", "gjennomført", "done");
      case CANCELLED -> new LocalizedText("avbruten", "avbrutt", "cancelled");
    };
  }
}
