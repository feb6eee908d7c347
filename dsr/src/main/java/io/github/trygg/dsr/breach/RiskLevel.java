package io.github.trygg.dsr.breach;

import org.apiguardian.api.API;

/** The assessed risk to the rights and freedoms of the people concerned. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RiskLevel {
  /** Unlikely to result in a risk: documented, not notified (Art. 33(1), 33(5)). */
  UNLIKELY,
  /** A risk: the supervisory authority is notified. */
  RISK,
  /** A high risk: the subjects are told as well (Art. 34(1)). */
  HIGH
}
