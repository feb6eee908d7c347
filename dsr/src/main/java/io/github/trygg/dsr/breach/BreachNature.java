package io.github.trygg.dsr.breach;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What kind of breach: of confidentiality, integrity or availability (EDPB Guidelines 9/2022). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum BreachNature implements Labelled {
  CONFIDENTIALITY(new LocalizedText("Röjande (konfidentialitet)", "Brudd på konfidensialitet", "Confidentiality breach")),
  INTEGRITY(new LocalizedText("Ändring (riktighet)", "Brudd på integritet", "Integrity breach")),
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
