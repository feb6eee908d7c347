package io.github.trygg.crypto.record;

import io.github.trygg.crypto.pseudonym.IdentityFpeOptions;
import io.github.trygg.crypto.pseudonym.Technique;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/** What a rule does with a field's value. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface FieldAction {

  /** Pass the value through unchanged. */
  record Keep() implements FieldAction {}

  /** Leave the field out. */
  record Drop() implements FieldAction {}

  /**
   * Replace the value with its pseudonym.
   *
   * @param technique how the pseudonym is made
   * @param domain the name of a domain of the policy
   * @param fpe the options of {@link Technique#IDENTITY_FPE}; required for it, empty otherwise
   */
  record Pseudonymise(Technique technique, String domain, Optional<IdentityFpeOptions> fpe) implements FieldAction {
    /**
     * Checks the parts.
     *
     * @param technique how the pseudonym is made
     * @param domain the name of a domain of the policy
     * @param fpe the options of {@link Technique#IDENTITY_FPE}; required for it, empty otherwise
     * @throws IllegalArgumentException if {@link Technique#IDENTITY_FPE} comes without its options
     */
    public Pseudonymise {
      Objects.requireNonNull(technique, "technique");
      Objects.requireNonNull(domain, "domain");
      if (technique == Technique.IDENTITY_FPE && fpe.isEmpty()) {
        throw new IllegalArgumentException("IDENTITY_FPE needs its options");
      }
    }

    /**
     * Pseudonymisation with a technique that needs no options.
     *
     * @param technique how the pseudonym is made; not {@link Technique#IDENTITY_FPE}
     * @param domain the name of a domain of the policy
     * @return the action
     * @throws IllegalArgumentException for {@link Technique#IDENTITY_FPE}, which needs its options
     */
    public static Pseudonymise with(Technique technique, String domain) {
      return new Pseudonymise(technique, domain, Optional.empty());
    }
  }

  /**
   * Replace the value with a coarser one.
   *
   * @param to the coarser form
   * @param parameter the length for {@link Generalisation#TRUNCATE}, the width for {@link
   *     Generalisation#RANGE}, 0 otherwise
   */
  record Generalise(Generalisation to, int parameter) implements FieldAction {
    /**
     * Checks the parameter.
     *
     * @param to the coarser form
     * @param parameter the length for {@link Generalisation#TRUNCATE}, the width for {@link
     *     Generalisation#RANGE}, 0 otherwise
     * @throws IllegalArgumentException if truncation or a range comes without a length or width of 1 or more
     */
    public Generalise {
      Objects.requireNonNull(to, "to");
      boolean needs = to == Generalisation.TRUNCATE || to == Generalisation.RANGE;
      if (needs && parameter < 1) {
        throw new IllegalArgumentException(to + " needs a length or width of 1 or more");
      }
    }

    /**
     * Generalisation that needs no parameter, such as {@link Generalisation#YEAR}.
     *
     * @param to the coarser form
     * @return the action
     * @throws IllegalArgumentException for truncation and ranges, which need a parameter
     */
    public static Generalise to(Generalisation to) {
      return new Generalise(to, 0);
    }
  }
}
