package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** The lawful basis for processing under GDPR Art. 6(1). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LegalBasis {
  /** Art. 6(1)(a). */
  CONSENT,
  /** Art. 6(1)(b). */
  CONTRACT,
  /** Art. 6(1)(c). */
  LEGAL_OBLIGATION,
  /** Art. 6(1)(d). */
  VITAL_INTERESTS,
  /** Art. 6(1)(e): public interest or official authority — the usual basis in municipal care. */
  PUBLIC_TASK,
  /** Art. 6(1)(f); not available to public authorities in their tasks. */
  LEGITIMATE_INTERESTS
}
