package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * On what ground the recipient accepts this channel. Consent is only ever a condition of an
 * exception (the Swedish reminder exception, the Norwegian SMS-reminder practice) or the
 * individual's own wish to be contacted this way; it never waives a security measure.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsentBasis implements Labelled {
  /** The individual (or a guardian) consented to messages on this channel. */
  EXPLICIT_CONSENT,
  /** The individual asked to be contacted this way (JO 1376-2013). */
  REQUESTED_BY_INDIVIDUAL,
  /** The individual gave digital contact details to the provider (Normen: consent to SMS reminders). */
  CONTACT_DETAILS_GIVEN,
  /** The sender may send without consent unless the individual has opted out (Norwegian health trusts). */
  STATUTORY_WITH_OPT_OUT;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case EXPLICIT_CONSENT -> new LocalizedText("uttryckligt samtycke till kanalen", "uttrykkelig samtykke til kanalen", "explicit consent to the channel");
      case REQUESTED_BY_INDIVIDUAL -> new LocalizedText("den enskilde har bett om att kontaktas så", "den enkelte har bedt om å bli kontaktet slik", "the individual asked to be contacted this way");
      case CONTACT_DETAILS_GIVEN -> new LocalizedText("den enskilde har lämnat sina kontaktuppgifter", "den enkelte har gitt sine kontaktopplysninger", "the individual gave their contact details");
      case STATUTORY_WITH_OPT_OUT -> new LocalizedText("får skickas om den enskilde inte har reserverat sig", "kan sendes om den enkelte ikke har reservert seg", "may be sent unless the individual opted out");
    };
  }
}
