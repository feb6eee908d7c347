package io.github.trygg.dsr.consent;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import org.apiguardian.api.API;

/**
 * From which age a child consents alone in a jurisdiction, for one kind of processing.
 *
 * @param kind {@code information-society} (Art. 8), {@code general} or {@code special-category}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AgeRule(Jurisdiction jurisdiction, String kind, int age, LegalReference reference) {}
