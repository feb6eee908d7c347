package io.github.trygg.core.risk;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Whether a risk's acceptance still holds. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AcceptanceStatus implements Labelled {
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

  /** {@return whether the acceptance still holds (only {@link #VALID} does)} */
  public boolean holds() {
    return this == VALID;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case NOT_ACCEPTED -> new LocalizedText("ej accepterad", "ikke akseptert", "not accepted");
      case VALID -> new LocalizedText("accepterad", "akseptert", "accepted");
      case CLASSIFICATION_CHANGED -> new LocalizedText("ogiltig: klassningen har ändrats", "ugyldig: klassifiseringen er endret", "lapsed: a classification changed");
      case RESIDUAL_CHANGED -> new LocalizedText("ogiltig: restrisken har ändrats", "ugyldig: restrisikoen er endret", "lapsed: the residual risk changed");
      case EXPIRED -> new LocalizedText("ogiltig: har löpt ut", "ugyldig: utløpt", "lapsed: expired");
    };
  }
}
