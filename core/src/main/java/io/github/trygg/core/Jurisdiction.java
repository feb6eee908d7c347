package io.github.trygg.core;

import org.apiguardian.api.API;

/** The legal systems whose rules Trygg encodes. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Jurisdiction {
  SWEDEN("SE"),
  NORWAY("NO");

  private final String countryCode;

  Jurisdiction(String countryCode) {
    this.countryCode = countryCode;
  }

  /** ISO 3166-1 alpha-2. */
  public String countryCode() {
    return countryCode;
  }
}
