package io.github.trygg.dsr.request;

import io.github.trygg.core.CitationKind;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.VerificationStatus;
import org.apiguardian.api.API;

/** The rights a data subject can exercise, each with its provision. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RequestType implements Labelled {
  /** The right of access (Art. 15): a copy of the data and information about the processing. */
  ACCESS("GDPR Art. 15", "Tillgång (registerutdrag)", "Innsyn", "Access"),
  /** The right to rectification of inaccurate data (Art. 16). */
  RECTIFICATION("GDPR Art. 16", "Rättelse", "Retting", "Rectification"),
  /** The right to erasure (Art. 17). */
  ERASURE("GDPR Art. 17", "Radering", "Sletting", "Erasure"),
  /** The right to restriction of processing (Art. 18). */
  RESTRICTION("GDPR Art. 18", "Begränsning", "Begrensning", "Restriction"),
  /** The right to data portability (Art. 20): the data the subject provided, machine-readable. */
  PORTABILITY("GDPR Art. 20", "Dataportabilitet", "Dataportabilitet", "Portability"),
  /** The right to object to processing (Art. 21). */
  OBJECTION("GDPR Art. 21", "Invändning", "Innsigelse", "Objection"),
  /** Human review of a decision based solely on automated processing (Art. 22(3)). */
  AUTOMATED_DECISION_REVIEW("GDPR Art. 22(3)", "Prövning av automatiserat beslut", "Overprøving av automatisert avgjørelse", "Review of an automated decision"),
  /** The withdrawal of consent (Art. 7(3)); processing on that consent stops. */
  CONSENT_WITHDRAWAL("GDPR Art. 7(3)", "Återkallat samtycke", "Tilbaketrukket samtykke", "Consent withdrawal");

  private final LegalReference reference;
  private final LocalizedText label;

  RequestType(String citation, String sv, String nb, String en) {
    this.reference = LegalReference.of(citation, CitationKind.STATUTE, VerificationStatus.SECONDARY);
    this.label = new LocalizedText(sv, nb, en);
  }

  /** {@return the GDPR article that grants the right} */
  public LegalReference reference() {
    return reference;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(io.github.trygg.core.Language language) {
    return label.in(language);
  }

  /**
   * Rectification, erasure and restriction must be passed on to recipients (GDPR Art. 19).
   *
   * @return whether recipients of the data are told of a fulfilled request of this type (Art. 19)
   */
  public boolean notifiesRecipients() {
    return this == RECTIFICATION || this == ERASURE || this == RESTRICTION;
  }
}
