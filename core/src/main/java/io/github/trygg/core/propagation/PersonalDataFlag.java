package io.github.trygg.core.propagation;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Personal-data flags of the assets a system holds, receives or hosts (R8). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PersonalDataFlag implements Labelled {
  /** Personal data of any kind. */
  PERSONAL_DATA,
  /** GDPR Art. 9. */
  SPECIAL_CATEGORY,
  /** GDPR Art. 10. */
  CRIMINAL_DATA,
  /** National identity numbers: personnummer, samordningsnummer, fødselsnummer, D-nummer. */
  NATIONAL_IDENTITY_NUMBERS,
  /** Data about children. */
  CHILDREN;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case PERSONAL_DATA -> new LocalizedText("personuppgifter", "personopplysninger", "personal data");
      case SPECIAL_CATEGORY -> new LocalizedText("känsliga (art. 9)", "særlige kategorier (art. 9)", "special category (Art. 9)");
      case CRIMINAL_DATA -> new LocalizedText("lagöverträdelser (art. 10)", "straffbare forhold (art. 10)", "criminal data (Art. 10)");
      case NATIONAL_IDENTITY_NUMBERS -> new LocalizedText("personnummer", "fødselsnummer", "identity numbers");
      case CHILDREN -> new LocalizedText("barn", "barn", "children");
    };
  }
}
