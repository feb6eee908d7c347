package io.github.trygg.core.propagation;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How urgent a finding is; the rule pack maps each check and level to one. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Severity implements Labelled {
  // Not "allvarlig"/"alvorlig": those name consequence level 3 in KLASSA and would read as a level.
  /** Worth noting; no urgent risk. */
  LOW(new LocalizedText("låg", "lav", "low")),
  /** A weakness to plan a measure for. */
  MEDIUM(new LocalizedText("medel", "middels", "medium")),
  /** A serious weakness: the protection does not match what the data require. */
  HIGH(new LocalizedText("hög", "høy", "high")),
  /** The data are exposed: act now. */
  CRITICAL(new LocalizedText("kritisk", "kritisk", "critical"));

  private final LocalizedText label;

  Severity(LocalizedText label) {
    this.label = label;
  }

  /** {@return the severity in words, for reports and drawings} */
  @Override
  public LocalizedText label() {
    return label;
  }
}
