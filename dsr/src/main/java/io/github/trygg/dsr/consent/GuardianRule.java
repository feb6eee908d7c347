package io.github.trygg.dsr.consent;

import org.apiguardian.api.API;

/** How many guardians must consent for a child. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum GuardianRule {
  /** One guardian's consent suffices (everyday matters). */
  ANY_GUARDIAN,
  /** Every current guardian must consent; one withdrawal ends it (joint custody, significant matters). */
  ALL_GUARDIANS
}
