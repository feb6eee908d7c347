package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.identity.IdentityNumber;
import org.apiguardian.api.API;

/**
 * Format-valid pseudonyms of Swedish and Norwegian identity numbers: a valid number of the same
 * kind, written in the same form as the input (12 or 10 digits, with or without separator). See the
 * warning on {@link IdentityFpeOptions}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface IdentityPseudonymiser extends Pseudonymiser {

  /**
   * What of the real number a pseudonym keeps.
   *
   * @return what is preserved, such as the decade of birth
   */
  Preservation preservation();

  /**
   * The pseudonym of a number: a valid number of the same kind.
   *
   * @param number the number to pseudonymise
   * @return the pseudonym, a valid identity number
   * @throws IdentityFpeException if the number is outside the window, under the 2032 rule, or in a
   *     class too small to permute
   */
  IdentityNumber pseudonymise(IdentityNumber number);

  /**
   * The pseudonym of a number written as text, in the same form.
   *
   * @param value an identity number in any usual form
   * @return the pseudonym, a valid number written in the same form
   * @throws io.github.trygg.core.identity.InvalidIdentityNumberException if the text is not a valid
   *     number
   * @throws IdentityFpeException as {@link #pseudonymise(IdentityNumber)}
   */
  @Override
  String pseudonymise(String value);
}
