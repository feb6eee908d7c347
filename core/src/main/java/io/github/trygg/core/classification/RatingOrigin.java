package io.github.trygg.core.classification;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where a rating came from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RatingOrigin implements Labelled {
  /** Set by a person's assessment (directly or through a questionnaire). */
  ASSESSED,
  /** Computed from other ratings, for example along an integration chain. */
  DERIVED,
  /** Set by a documented override, with reason, approver and evidence. */
  OVERRIDDEN;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case ASSESSED -> new LocalizedText("bedömd", "vurdert", "assessed");
      case DERIVED -> new LocalizedText("härledd", "utledet", "derived");
      case OVERRIDDEN -> new LocalizedText("satt genom dokumenterat undantag", "satt ved dokumentert unntak", "set by a documented override");
    };
  }
}
