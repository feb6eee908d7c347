package io.github.trygg.core.classification;

import org.apiguardian.api.API;

/**
 * What is protected: konfidentialitet, riktighet, tillgänglighet and spårbarhet (KLASSA rates
 * traceability whenever personal data are involved).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SecurityAspect {
  CONFIDENTIALITY,
  INTEGRITY,
  AVAILABILITY,
  TRACEABILITY;

  /** Confidentiality and traceability follow the data downstream through every hop. */
  public boolean followsData() {
    return this == CONFIDENTIALITY || this == TRACEABILITY;
  }

  /** Integrity and availability follow declared dependencies upstream, to suppliers. */
  public boolean followsDependencies() {
    return this == INTEGRITY || this == AVAILABILITY;
  }
}
