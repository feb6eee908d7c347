package io.github.trygg.core.classification;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * What is protected: konfidentialitet, riktighet, tillgänglighet and spårbarhet (KLASSA rates
 * traceability whenever personal data are involved).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SecurityAspect implements Labelled {
  /** Only those entitled can read the information (konfidentialitet). */
  CONFIDENTIALITY(new LocalizedText("konfidentialitet", "konfidensialitet", "confidentiality"), new LocalizedText("K", "K", "C")),
  /** The information is correct and complete and changed only as intended (riktighet). */
  INTEGRITY(new LocalizedText("riktighet", "integritet", "integrity"), new LocalizedText("R", "I", "I")),
  /** The information can be used when needed (tillgänglighet). */
  AVAILABILITY(new LocalizedText("tillgänglighet", "tilgjengelighet", "availability"), new LocalizedText("T", "T", "A")),
  /** Actions on the information can be traced to who took them (spårbarhet). */
  TRACEABILITY(new LocalizedText("spårbarhet", "sporbarhet", "traceability"), new LocalizedText("S", "S", "T"));

  private final LocalizedText label;
  private final LocalizedText letter;

  SecurityAspect(LocalizedText label, LocalizedText letter) {
    this.label = label;
    this.letter = letter;
  }

  /**
   * {@return the aspect's name in the reader's language (konfidentialitet, riktighet,
   * tillgänglighet, spårbarhet)}
   */
  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /**
   * The aspect's initial as the reader's texts abbreviate it: K R T S in Swedish, K I T S in Norwegian, C I A T in English.
   *
   * @param language the language of the text
   * @return the initial
   */
  public String letter(Language language) {
    return letter.in(language);
  }

  /** {@return whether the aspect follows the data downstream through every hop} Confidentiality and traceability do. */
  public boolean followsData() {
    return this == CONFIDENTIALITY || this == TRACEABILITY;
  }

  /** {@return whether the aspect follows declared dependencies upstream, to suppliers} Integrity and availability do. */
  public boolean followsDependencies() {
    return this == INTEGRITY || this == AVAILABILITY;
  }
}
