package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** How many data subjects or records an asset covers (Threagile's quantity scale; WP248 "large scale" from MANY). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DataVolume {
  /** A handful. */
  VERY_FEW,
  /** Tens to hundreds. */
  FEW,
  /** Thousands: large scale in DPIA screening. */
  MANY,
  /** A whole population or more. */
  VERY_MANY
}
