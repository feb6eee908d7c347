package io.github.trygg.dsr.breach;

import org.apiguardian.api.API;

/** The conditions under which subjects need not be told individually of a high-risk breach (Art. 34(3)). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Art34Exemption {
  /** (a) the data were unintelligible to anyone not authorised, such as by encryption. */
  DATA_UNINTELLIGIBLE,
  /** (b) later measures ensure the high risk is no longer likely to materialise. */
  SUBSEQUENT_MEASURES,
  /** (c) telling each would need disproportionate effort: a public communication instead. */
  DISPROPORTIONATE_EFFORT
}
