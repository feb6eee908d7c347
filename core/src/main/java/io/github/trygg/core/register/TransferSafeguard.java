package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The tool that makes a transfer to a third country lawful (GDPR Chapter V). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TransferSafeguard implements Labelled {
  /** Art. 45: an adequacy decision covers the country (or the certified recipient). */
  ADEQUACY_DECISION(new LocalizedText("beslut om adekvat skyddsnivå", "beslutning om tilstrekkelig beskyttelsesnivå", "adequacy decision")),
  /** Art. 46(2)(c): the Commission's standard contractual clauses. */
  STANDARD_CONTRACTUAL_CLAUSES(new LocalizedText("standardavtalsklausuler", "standard personvernbestemmelser", "standard contractual clauses")),
  /** Art. 47. */
  BINDING_CORPORATE_RULES(new LocalizedText("bindande företagsbestämmelser", "bindende virksomhetsregler", "binding corporate rules")),
  /** Art. 46(2)(e)–(f): an approved code of conduct or certification. */
  CODE_OR_CERTIFICATION(new LocalizedText("uppförandekod eller certifiering", "atferdsnorm eller sertifisering", "code of conduct or certification")),
  /** Art. 49: a derogation for a specific situation. */
  DEROGATION(new LocalizedText("undantag enligt art. 49", "unntak etter art. 49", "Art. 49 derogation")),
  /** Technical measures on top of a transfer tool, such as pseudonymisation or encryption with keys in the EU/EEA (EDPB Recommendations 01/2020). */
  SUPPLEMENTARY_MEASURES(new LocalizedText("kompletterande skyddsåtgärder", "supplerende tiltak", "supplementary measures"));

  private final LocalizedText label;

  TransferSafeguard(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
