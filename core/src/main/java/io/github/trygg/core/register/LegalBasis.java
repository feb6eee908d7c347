package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The lawful basis for processing under GDPR Art. 6(1). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LegalBasis implements Labelled {
  /** Art. 6(1)(a). */
  CONSENT,
  /** Art. 6(1)(b). */
  CONTRACT,
  /** Art. 6(1)(c). */
  LEGAL_OBLIGATION,
  /** Art. 6(1)(d). */
  VITAL_INTERESTS,
  /** Art. 6(1)(e): public interest or official authority — the usual basis in municipal care. */
  PUBLIC_TASK,
  /** Art. 6(1)(f); not available to public authorities in their tasks. */
  LEGITIMATE_INTERESTS;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case CONSENT -> new LocalizedText("samtycke", "samtykke", "consent");
      case CONTRACT -> new LocalizedText("avtal", "avtale", "contract");
      case LEGAL_OBLIGATION -> new LocalizedText("rättslig förpliktelse", "rettslig forpliktelse", "legal obligation");
      case VITAL_INTERESTS -> new LocalizedText("grundläggande intresse", "vitale interesser", "vital interests");
      case PUBLIC_TASK -> new LocalizedText("uppgift av allmänt intresse eller myndighetsutövning", "oppgave i allmennhetens interesse eller offentlig myndighet", "public task or official authority");
      case LEGITIMATE_INTERESTS -> new LocalizedText("berättigat intresse", "berettiget interesse", "legitimate interests");
    };
  }
}
