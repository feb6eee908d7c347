package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * How sure the library is of a legal or factual statement it relies on, as recorded in the data that
 * carries the statement. Decisions show it next to their citation, so nothing unverified is
 * presented as certain.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum VerificationStatus {
  /** Read in the primary source (the statute, regulation or the authority's own page). */
  VERIFIED,
  /** Read in a secondary source that quotes or summarises the primary one. */
  SECONDARY,
  /** Not verified; a reasoned interpretation or design decision that needs legal review. */
  UNVERIFIED
}
