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

  public Authorisation {
    requireText(actor, "actor");
    requireText(role, "role");
    requireText(purpose, "purpose");
    Objects.requireNonNull(caseReference, "caseReference");
  }

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
