package io.github.trygg.core.dpia;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/** One of WP248's nine criteria, with its source. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DpiaCriterion(String id, int number, LocalizedText label, LocalizedText description, List<LegalReference> references) {
  public DpiaCriterion {
    references = List.copyOf(references);
  }
}
