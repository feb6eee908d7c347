package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** The tool that makes a transfer to a third country lawful (GDPR Chapter V). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TransferSafeguard {
  /** Art. 45: an adequacy decision covers the country (or the certified recipient). */
  ADEQUACY_DECISION,
  /** Art. 46(2)(c): the Commission's standard contractual clauses. */
  STANDARD_CONTRACTUAL_CLAUSES,
  /** Art. 47. */
  BINDING_CORPORATE_RULES,
  /** Art. 46(2)(e)–(f): an approved code of conduct or certification. */
  CODE_OR_CERTIFICATION,
  /** Art. 49: a derogation for a specific situation. */
  DEROGATION,
  /** Technical measures on top of a transfer tool, such as pseudonymisation or encryption with keys in the EU/EEA (EDPB Recommendations 01/2020). */
  SUPPLEMENTARY_MEASURES
}
