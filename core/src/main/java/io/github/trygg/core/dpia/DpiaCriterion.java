package io.github.trygg.core.dpia;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One of WP248's nine criteria, with its source.
 *
 * @param id the criterion's id, such as {@code vulnerable-subjects}
 * @param number its number in WP248, 1–9
 * @param label its name
 * @param description what it covers
 * @param references where it comes from
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DpiaCriterion(String id, int number, LocalizedText label, LocalizedText description, List<LegalReference> references) {
  /**
   * Copies the references.
   *
   * @param id the criterion's id, such as {@code vulnerable-subjects}
   * @param number its number in WP248, 1–9
   * @param label its name
   * @param description what it covers
   * @param references where it comes from
   */
  public DpiaCriterion {
    references = List.copyOf(references);
  }
}
