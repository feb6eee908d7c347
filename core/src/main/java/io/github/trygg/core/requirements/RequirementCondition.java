package io.github.trygg.core.requirements;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** A fact about a system that, besides its level, decides whether a requirement applies. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequirementCondition implements Labelled {
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
  INTERNET_EXPOSED;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case PERSONAL_DATA -> new LocalizedText("personuppgifter", "personopplysninger", "personal data");
      case SPECIAL_CATEGORY -> new LocalizedText("känsliga personuppgifter eller uppgifter om lagöverträdelser", "særlige kategorier eller opplysninger om straffbare forhold", "special-category or criminal-offence data");
      case OPEN_NETWORK -> new LocalizedText("öppet nät", "åpent nett", "open network");
      case PROCESSOR -> new LocalizedText("personuppgiftsbiträde", "databehandler", "processor");
      case THIRD_COUNTRY -> new LocalizedText("tredjeland", "tredjeland", "third country");
      case INTERNET_EXPOSED -> new LocalizedText("nåbart från internet", "tilgjengelig fra internett", "reachable from the internet");
    };
  }
}
