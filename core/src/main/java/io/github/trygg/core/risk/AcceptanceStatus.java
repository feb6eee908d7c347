package io.github.trygg.core.risk;

import org.apiguardian.api.API;

/** Whether a risk's acceptance still holds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AcceptanceStatus {
  /** No acceptance is recorded. */
  NOT_ACCEPTED,
  /** Recorded and still matches what it was accepted against. */
  VALID,
  /** A linked asset's classification changed (level or profile), or an asset was added, since acceptance. */
  CLASSIFICATION_CHANGED,
  /** The residual assessment now names another cell than the one accepted. */
  RESIDUAL_CHANGED,
  /** Past its validity date. */
  EXPIRED;

  public boolean holds() {
    return this == VALID;
  }
}
