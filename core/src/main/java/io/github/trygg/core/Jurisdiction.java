package io.github.trygg.core;

import org.apiguardian.api.API;

/** The legal systems whose rules Trygg encodes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Jurisdiction implements Labelled {
  /** Sweden ({@code SE}). */
  SWEDEN("SE", new LocalizedText("Sverige", "Sverige", "Sweden")),
  /** Norway ({@code NO}). */
  NORWAY("NO", new LocalizedText("Norge", "Norge", "Norway"));

  private final String countryCode;
  private final LocalizedText label;

  Jurisdiction(String countryCode, LocalizedText label) {
    this.countryCode = countryCode;
    this.label = label;
  }

  /** {@return ISO 3166-1 alpha-2} */
  public String countryCode() {
    return countryCode;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
