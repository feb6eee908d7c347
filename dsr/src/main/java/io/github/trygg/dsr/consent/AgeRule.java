package io.github.trygg.dsr.consent;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.Scope;
import org.apiguardian.api.API;

/**
 * From which age a child consents alone in a jurisdiction, for one kind of processing, and whom the
 * rule binds (the Norwegian age of 16 for health matters binds health care only).
 *
 * @param kind {@code information-society} (Art. 8), {@code health} (consent in health matters),
 *     {@code general} or {@code special-category}
 * @param jurisdiction the jurisdiction the age is set in
 * @param age the age from which a child consents alone
 * @param reference the provision that sets it
 * @param scope whom the rule binds
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AgeRule(Jurisdiction jurisdiction, String kind, int age, LegalReference reference, Scope scope) {
  /**
   * A rule that binds everyone in the jurisdiction.
   *
   * @param jurisdiction the jurisdiction the age is set in
   * @param kind the kind of processing, as for the canonical constructor
   * @param age the age from which a child consents alone
   * @param reference the provision that sets it
   */
  public AgeRule(Jurisdiction jurisdiction, String kind, int age, LegalReference reference) {
    this(jurisdiction, kind, age, reference, Scope.of(jurisdiction));
  }
}
