package io.github.trygg.core.propagation;

import org.apiguardian.api.API;

/** Personal-data flags of the assets a system holds, receives or hosts (R8). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PersonalDataFlag {
  PERSONAL_DATA,
  /** GDPR Art. 9. */
  SPECIAL_CATEGORY,
  /** GDPR Art. 10. */
  CRIMINAL_DATA,
  NATIONAL_IDENTITY_NUMBERS,
  CHILDREN
}
