package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;

/**
 * Turns pseudonyms of one domain back into values — the additional information EDPB Guidelines
 * 01/2025 require to be kept apart. Separate from {@link Pseudonymiser} so that a system which only
 * pseudonymises never holds the capability to reverse. Every call, refused or not, is recorded with
 * the {@link ReidentificationAudit} before anything is returned.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Reidentifier {

  /**
   * The domain pseudonyms are made in.
   *
   * @return the domain, with its name, purpose and key id
   */
  PseudonymisationDomain domain();

  /**
   * How pseudonyms are made.
   *
   * @return the technique
   */
  Technique technique();

  /**
   * The value behind {@code pseudonym}.
   *
   * @param pseudonym the pseudonym
   * @param authorisation who asks, in which role and why
   * @return the original value
   * @throws ReidentificationDeniedException if the authorisation's role may not re-identify in this
   *     domain
   * @throws InvalidPseudonymException if the text is not an authentic pseudonym of this domain
   * @throws KeyException if its key version is disabled or destroyed
   */
  String reidentify(String pseudonym, Authorisation authorisation);
}
