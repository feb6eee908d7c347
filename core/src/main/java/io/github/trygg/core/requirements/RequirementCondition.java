package io.github.trygg.core.requirements;

import org.apiguardian.api.API;

/** A fact about a system that, besides its level, decides whether a requirement applies. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequirementCondition {
  /** It stores or processes personal data. */
  PERSONAL_DATA,
  /** It stores or processes special-category (Art. 9) or criminal-offence (Art. 10) data. */
  SPECIAL_CATEGORY,
  /** It is reached over, or sends data across, a network the organisation does not control. */
  OPEN_NETWORK,
  /** A vendor processes personal data in it on the organisation's behalf. */
  PROCESSOR,
  /** Data are stored or processed, or the vendor sits, outside the EU/EEA. */
  THIRD_COUNTRY,
  /** It is reachable from the internet. */
  INTERNET_EXPOSED
}
