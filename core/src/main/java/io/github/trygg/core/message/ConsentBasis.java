package io.github.trygg.core.message;

import org.apiguardian.api.API;

/**
 * On what ground the recipient accepts this channel. Consent is only ever a condition of an
 * exception (the Swedish reminder exception, the Norwegian SMS-reminder practice) or the
 * individual's own wish to be contacted this way; it never waives a security measure.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsentBasis {
  /** The individual (or a guardian) consented to messages on this channel. */
  EXPLICIT_CONSENT,
  /** The individual asked to be contacted this way (JO 1376-2013). */
  REQUESTED_BY_INDIVIDUAL,
  /** The individual gave digital contact details to the provider (Normen: consent to SMS reminders). */
  CONTACT_DETAILS_GIVEN,
  /** The sender may send without consent unless the individual has opted out (Norwegian health trusts). */
  STATUTORY_WITH_OPT_OUT
}
