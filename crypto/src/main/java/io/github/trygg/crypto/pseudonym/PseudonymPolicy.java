package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;

/**
 * How far the pseudonyms of one identifier may be linked (ENISA, Pseudonymisation techniques and
 * best practices, 2019, §4).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum PseudonymPolicy {
  /** The same identifier always gets the same pseudonym in the domain: joins work. */
  DETERMINISTIC,
  /** The same pseudonym within one document (one export), a different one in the next. */
  DOCUMENT_RANDOMISED,
  /** A new pseudonym for every occurrence: nothing links without the vault. */
  FULLY_RANDOMISED
}
