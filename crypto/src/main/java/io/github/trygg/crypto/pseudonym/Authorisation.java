package io.github.trygg.crypto.pseudonym;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who asks to re-identify, in which role, why, and under which case: a data-subject request, a
 * court order, a clinical follow-up. Recorded in the audit event of every attempt.
 *
 * @param actor the person or service, as the host identifies it
 * @param role checked against the domain's {@link PseudonymisationDomain#reidentifierRoles()}
 * @param purpose why, in words
 * @param caseReference the case, ticket or request id; may be empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Authorisation(String actor, String role, String purpose, String caseReference) {

  /**
   * Checks the parts.
   *
   * @param actor the person or service, as the host identifies it
   * @param role checked against the domain's {@link PseudonymisationDomain#reidentifierRoles()}
   * @param purpose why, in words
   * @param caseReference the case, ticket or request id; may be empty
   * @throws IllegalArgumentException if the actor, role or purpose is blank
   */
  public Authorisation {
    requireText(actor, "actor");
    requireText(role, "role");
    requireText(purpose, "purpose");
    Objects.requireNonNull(caseReference, "caseReference");
  }

  /**
   * An authorisation without a case reference.
   *
   * @param actor the person or service, as the host identifies it
   * @param role the role checked against the domain's re-identifier roles
   * @param purpose why, in words
   * @return the authorisation
   * @throws IllegalArgumentException if any of the three is blank
   */
  public static Authorisation of(String actor, String role, String purpose) {
    return new Authorisation(actor, role, purpose, "");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("an authorisation needs a " + name);
    }
  }
}
