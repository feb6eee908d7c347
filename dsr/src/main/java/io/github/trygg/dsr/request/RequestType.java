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
  ACCESS("GDPR Art. 15", "Tillgång (registerutdrag)", "Innsyn", "Access"),
  RECTIFICATION("GDPR Art. 16", "Rättelse", "Retting", "Rectification"),
  ERASURE("GDPR Art. 17", "Radering", "Sletting", "Erasure"),
  RESTRICTION("GDPR Art. 18", "Begränsning", "Begrensning", "Restriction"),
  PORTABILITY("GDPR Art. 20", "Dataportabilitet", "Dataportabilitet", "Portability"),
  OBJECTION("GDPR Art. 21", "Invändning", "Innsigelse", "Objection"),
  AUTOMATED_DECISION_REVIEW("GDPR Art. 22(3)", "Prövning av automatiserat beslut", "Overprøving av automatisert avgjørelse", "Review of an automated decision"),
  CONSENT_WITHDRAWAL("GDPR Art. 7(3)", "Återkallat samtycke", "Tilbaketrukket samtykke", "Consent withdrawal");

  private final LegalReference reference;
  private final LocalizedText label;

  RequestType(String citation, String sv, String nb, String en) {
    this.reference = LegalReference.of(citation, CitationKind.STATUTE, VerificationStatus.SECONDARY);
    this.label = new LocalizedText(sv, nb, en);
  }

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

  /** Rectification, erasure and restriction must be passed on to recipients (GDPR Art. 19). */
  public boolean notifiesRecipients() {
    return this == RECTIFICATION || this == ERASURE || this == RESTRICTION;
  }
}
