package io.github.trygg.dsr.breach;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The assessed risk to the rights and freedoms of the people concerned. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BreachRisk implements Labelled {
  /** Unlikely to result in a risk: documented, not notified (Art. 33(1), 33(5)). */
  UNLIKELY,
  /** A risk: the supervisory authority is notified. */
  RISK,
  /** A high risk: the subjects are told as well (Art. 34(1)). */
  HIGH;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case UNLIKELY -> new LocalizedText("osannolik risk", "usannsynlig risiko", "risk unlikely");
      case RISK -> new LocalizedText("risk", "risiko", "risk");
      case HIGH -> new LocalizedText("hög risk", "høy risiko", "high risk");
    };
  }
}
