package io.github.trygg.crypto.pseudonym;

import io.github.trygg.core.identity.IdentityNumbers;
import java.time.Clock;

/**
 * One-way pseudonyms of identity numbers: the number in its canonical form (12 digits in Sweden, 11
 * in Norway) through the domain's HMAC, so every way of writing one number gives one pseudonym —
 * the same as {@link Pseudonymisation#hmac} of the canonical form.
 */
final class IdentityHmacPseudonymiser implements Pseudonymiser {
  private final HmacSha256Pseudonymiser hmac;
  private final Today today;

  IdentityHmacPseudonymiser(HmacSha256Pseudonymiser hmac, Clock clock) {
    this.hmac = hmac;
    this.today = new Today(clock);
  }

  @Override
  public PseudonymisationDomain domain() {
    return hmac.domain();
  }

  @Override
  public Technique technique() {
    return Technique.IDENTITY_HMAC;
  }

  @Override
  public KeyRef key() {
    return hmac.key();
  }

  /**
   * The pseudonym of the number's canonical form, whichever way it is written.
   *
   * @param value an identity number in any usual form
   * @return the pseudonym
   * @throws io.github.trygg.core.identity.InvalidIdentityNumberException if the value is not a valid
   *     number
   */
  @Override
  public String pseudonymise(String value) {
    return hmac.pseudonymise(IdentityNumbers.parse(value, today.get()).canonical());
  }

  @Override
  public String toString() {
    return "Pseudonymiser[" + domain().name() + ", " + technique() + ", " + key() + "]";
  }
}
