package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How many data subjects or records an asset covers (Threagile's quantity scale; WP248 "large scale" from MANY). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataVolume implements Labelled {
  /** A handful. */
  VERY_FEW,
  /** Tens to hundreds. */
  FEW,
  /** Thousands: large scale in DPIA screening. */
  MANY,
  /** A whole population or more. */
  VERY_MANY;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case VERY_FEW -> new LocalizedText("mycket få", "svært få", "very few");
      case FEW -> new LocalizedText("få", "få", "few");
      case MANY -> new LocalizedText("många", "mange", "many");
      case VERY_MANY -> new LocalizedText("mycket många", "svært mange", "very many");
    };
  }
}
