package io.github.trygg.core.questionnaire;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How much a finding matters; ordered, highest last. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingSeverity implements Labelled {
  LOW,
  MEDIUM,
  HIGH;

  /** The name a reader sees, in Swedish, Norwegian bokmål and English. */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case LOW -> new LocalizedText("låg", "lav", "low");
      case MEDIUM -> new LocalizedText("medel", "middels", "medium");
      case HIGH -> new LocalizedText("hög", "høy", "high");
    };
  }
}
