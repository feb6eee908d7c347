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
   * @param domain the name of a domain of the policy
   * @param fpe the options of {@link Technique#IDENTITY_FPE}; required for it, empty otherwise
   */
  record Pseudonymise(Technique technique, String domain, Optional<IdentityFpeOptions> fpe) implements FieldAction {
    public Pseudonymise {
      Objects.requireNonNull(technique, "technique");
      Objects.requireNonNull(domain, "domain");
      if (technique == Technique.IDENTITY_FPE && fpe.isEmpty()) {
        throw new IllegalArgumentException("IDENTITY_FPE needs its options");
      }
    }

    public static Pseudonymise with(Technique technique, String domain) {
      return new Pseudonymise(technique, domain, Optional.empty());
    }
  }

  /**
   * Replace the value with a coarser one.
   *
   * @param parameter the length for {@link Generalisation#TRUNCATE}, the width for {@link
   *     Generalisation#RANGE}, 0 otherwise
   */
  record Generalise(Generalisation to, int parameter) implements FieldAction {
    public Generalise {
      Objects.requireNonNull(to, "to");
      boolean needs = to == Generalisation.TRUNCATE || to == Generalisation.RANGE;
      if (needs && parameter < 1) {
        throw new IllegalArgumentException(to + " needs a length or width of 1 or more");
      }
    }

    public static Generalise to(Generalisation to) {
      return new Generalise(to, 0);
    }
  }
}
