package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/** Where a risk-reducing measure stands. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MitigationStatus {
  PLANNED,
  IN_PROGRESS,
  DONE,
  CANCELLED;

  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
