package io.github.trygg.crypto.pseudonym;

import org.apiguardian.api.API;

/**
 * Replaces values with pseudonyms in one domain with one technique. Pseudonyms are URL-safe text
 * that begins with the key id and version: {@code export.2.q1Wv3…}. Safe to use from several
 * threads.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Pseudonymiser {

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

  /** {@return the key version new pseudonyms are made with} */
  KeyRef key();

  /**
   * The pseudonym of {@code value}.
   *
   * @param value the value
   * @return the pseudonym, {@code <prefix>.<key id>.v<version>.<body>} or the technique's own form
   * @throws io.github.trygg.core.InvalidInputException if the technique cannot take this value (an
   *     identity technique given something that is not a valid identity number); the message never
   *     repeats the value
   */
  String pseudonymise(String value);
}
