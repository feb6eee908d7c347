package io.github.trygg.core.register;

import org.apiguardian.api.API;

/** The exception that allows special-category data under GDPR Art. 9(2). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SpecialCategoryBasis {
  /** Art. 9(2)(a). */
  EXPLICIT_CONSENT,
  /** Art. 9(2)(b). */
  EMPLOYMENT_SOCIAL_SECURITY,
  /** Art. 9(2)(c). */
  VITAL_INTERESTS,
  /** Art. 9(2)(d). */
  NOT_FOR_PROFIT_BODY,
  /** Art. 9(2)(e). */
  MADE_PUBLIC,
  /** Art. 9(2)(f). */
  LEGAL_CLAIMS,
  /** Art. 9(2)(g). */
  SUBSTANTIAL_PUBLIC_INTEREST,
  /** Art. 9(2)(h): health care, social care and their management. */
  HEALTH_OR_SOCIAL_CARE,
  /** Art. 9(2)(i). */
  PUBLIC_HEALTH,
  /** Art. 9(2)(j). */
  ARCHIVING_RESEARCH_STATISTICS
}
