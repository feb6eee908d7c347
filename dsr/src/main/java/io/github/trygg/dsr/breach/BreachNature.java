package io.github.trygg.dsr.breach;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What kind of breach: of confidentiality, integrity or availability (EDPB Guidelines 9/2022). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BreachNature implements Labelled {
  /** Personal data were disclosed to or reached by someone who should not have them. */
  CONFIDENTIALITY(new LocalizedText("Röjande (konfidentialitet)", "Brudd på konfidensialitet", "Confidentiality breach")),
  /** Personal data were altered without authorisation. */
  INTEGRITY(new LocalizedText("Ändring (riktighet)", "Brudd på integritet", "Integrity breach")),
  /** Personal data were lost or could not be reached when needed. */
  AVAILABILITY(new LocalizedText("Förlust av tillgång (tillgänglighet)", "Brudd på tilgjengelighet", "Availability breach"));

  private final LocalizedText label;

  BreachNature(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }
}
