package io.github.trygg.dsr.routing;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.dsr.request.RequestType;
import java.util.Set;
import org.apiguardian.api.API;

/** A ground for refusing, limiting or restricting instead, with its provision and explanation. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalGround(String id, Set<Jurisdiction> jurisdictions, Set<RequestType> rights, LegalReference reference, LocalizedText text) {
  public LegalGround {
    jurisdictions = Set.copyOf(jurisdictions);
    rights = Set.copyOf(rights);
  }
}
