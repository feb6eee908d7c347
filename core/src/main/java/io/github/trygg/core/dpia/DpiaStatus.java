package io.github.trygg.core.dpia;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where the DPIA of one processing activity stands. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DpiaStatus implements Labelled {
  /** The screening expects no DPIA; the screening itself is the documentation. */
  NOT_REQUIRED(new LocalizedText("konsekvensbedömning krävs inte", "vurdering av personvernkonsekvenser kreves ikke", "no DPIA required")),
  /** A DPIA is expected and the register records none. */
  NOT_STARTED(new LocalizedText("konsekvensbedömning krävs men saknas", "vurdering av personvernkonsekvenser kreves, men mangler",
      "DPIA required but not recorded")),
  /** A DPIA is recorded but lacks parts of Art. 35(7), the DPO's advice or the controller's decision. */
  INCOMPLETE(new LocalizedText("konsekvensbedömningen är ofullständig", "vurderingen av personvernkonsekvenser er ufullstendig", "DPIA incomplete")),
  /** The controller decided to consult the supervisory authority first (Art. 36) and has not yet. */
  AWAITING_PRIOR_CONSULTATION(new LocalizedText("förhandssamråd med IMY återstår (art. 36)", "forhåndsdrøftelse med Datatilsynet gjenstår (art. 36)",
      "prior consultation of the supervisory authority pending (Art. 36)")),
  /** Every part, the DPO's advice and the decision are recorded. */
  COMPLETE(new LocalizedText("konsekvensbedömningen är genomförd", "vurderingen av personvernkonsekvenser er gjennomført", "DPIA complete"));

  private final LocalizedText label;

  DpiaStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  /** The label in {@code language}. */
  public String label(Language language) {
    return label.in(language);
  }
}
