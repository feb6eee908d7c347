package io.github.trygg.core.requirements;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The organisation's own assessment of a requirement (KLASSA's självskattning). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ImplementationStatus implements Labelled {
  /** The requirement is met. */
  MET,
  /** Met in part: a gap remains. */
  PARTLY_MET,
  /** Not met. */
  NOT_MET,
  /** Nobody has assessed it yet: counted as a gap, since nothing shows it is met. */
  NOT_ASSESSED;

  /** Ordering of gaps: not met first, then not assessed, then partly met. */
  int gapRank() {
    switch (this) {
      case NOT_MET: return 0;
      case NOT_ASSESSED: return 1;
      case PARTLY_MET: return 2;
      default: return 3;
    }
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case MET -> new LocalizedText("uppfyllt", "oppfylt", "met");
      case PARTLY_MET -> new LocalizedText("delvis uppfyllt", "delvis oppfylt", "partly met");
      case NOT_MET -> new LocalizedText("inte uppfyllt", "ikke oppfylt", "not met");
      case NOT_ASSESSED -> new LocalizedText("ej bedömt", "ikke vurdert", "not assessed");
    };
  }
}
