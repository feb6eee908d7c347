package io.github.trygg.crypto.record;

import org.apiguardian.api.API;

/**
 * What happens to a value a rule cannot take: an invalid identity number for an identity
 * technique, or a date that cannot be read for a generalisation.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum InvalidValues {
  /** Stop with the location of the value (the default); nothing is reported as done. */
  REJECT,
  /**
   * Go on: an identity value becomes an HMAC pseudonym of its raw text in the rule's domain, a value
   * to generalise becomes empty. Counted, with its location, in the report.
   */
  OPAQUE
}
