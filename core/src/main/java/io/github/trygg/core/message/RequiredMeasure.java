package io.github.trygg.core.message;

import org.apiguardian.api.API;

/**
 * What must be in place for a message to go, or — for a denied message — what would make it
 * possible. The decision table gives each a text in Swedish, Norwegian and English.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequiredMeasure {
  /** Encrypt to the recipient's own key (CMS, S/MIME, OpenPGP) so only the recipient can read it. */
  ENCRYPT_END_TO_END,
  /** Authenticated encryption (AES-GCM), so tampering is detected. */
  AUTHENTICATED_ENCRYPTION,
  /** The recipient's key is bound to a verified identity (a certificate validated to a trust anchor). */
  VERIFY_RECIPIENT_KEY,
  /** Send through a named secure infrastructure instead. */
  USE_SECURE_INFRASTRUCTURE,
  /** TLS on the way to the recipient's provider. */
  TLS_IN_TRANSIT,
  /** TLS enforced on every hop in both directions, not opportunistic STARTTLS. */
  ENFORCE_TLS_BOTH_WAYS,
  /** The recipient logs in with an e-ID of at least eIDAS substantial (SE tillitsnivå 3, ID-porten 3). */
  STRONG_AUTH_SUBSTANTIAL,
  /** The recipient logs in with an e-ID of eIDAS high (SE tillitsnivå 4, ID-porten 4). */
  STRONG_AUTH_HIGH,
  /** No link to content that can be opened without strong authentication. */
  NO_CONTENT_LINK_WITHOUT_STRONG_AUTH,
  /** Obtain the recipient's consent to the channel first. */
  OBTAIN_CONSENT,
  /** Record when, by whom and for which channel consent was given. */
  LOG_CONSENT,
  /** Respect the individual's opt-out or reservation. */
  HONOUR_OPT_OUT,
  /** Document a risk analysis of the channel for this kind of message. */
  DOCUMENT_RISK_ANALYSIS,
  /** Document the decision to make an exception from the main rule. */
  DOCUMENT_EXCEPTION_DECISION,
  /** Document who accepted the remaining risk, and why. */
  DOCUMENT_RISK_ACCEPTANCE,
  /** Only what the purpose needs: a time and place, no health or case details. */
  MINIMISE_CONTENT,
  /** A sender name and subject that reveal no unit, diagnosis or case. */
  NEUTRAL_SENDER_AND_SUBJECT,
  /** Log who reads the message and when. */
  LOG_ACCESS,
  /** Both parties are connected to the infrastructure. */
  CONFIRM_INFRASTRUCTURE_CONNECTION,
  /** Not for information under säkerhetsskyddslagen / sikkerhetsloven. */
  EXCLUDE_SECURITY_CLASSIFIED_INFORMATION,
  /** Check the contact and reservation register (KRR) before sending. */
  CHECK_RESERVATION_REGISTER,
  /** A printed letter for recipients who have no digital mailbox. */
  PRINT_FALLBACK,
  /** Look up the recipient in the address register (NHN Adresseregister). */
  ADDRESS_REGISTER_LOOKUP,
  /** Sign and encrypt the message as Normen and the network's contract require. */
  FOLLOW_NORMEN
}
