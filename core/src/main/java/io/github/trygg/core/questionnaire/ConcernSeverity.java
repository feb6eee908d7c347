package io.github.trygg.core.questionnaire;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How much a concern matters; ordered, highest last. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConcernSeverity implements Labelled {
  /** Worth following up when convenient. */
  LOW,
  /** To follow up before the system is taken into use. */
  MEDIUM,
  /** A serious weakness: follow up first. */
  HIGH;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case LOW -> new LocalizedText("låg", "lav", "low");
      case MEDIUM -> new LocalizedText("medel", "middels", "medium");
      case HIGH -> new LocalizedText("hög", "høy", "high");
    };
  }
}
