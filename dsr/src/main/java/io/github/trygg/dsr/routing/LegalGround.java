package io.github.trygg.dsr.routing;

import io.github.trygg.core.Actor;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Scope;
import io.github.trygg.dsr.request.RequestType;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A ground for refusing, limiting or restricting instead, with its provision and explanation, and
 * whom it binds. A ground marked {@code secrecyReview} is not a refusal: it is a provision the
 * secrecy review of an access request rests on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalGround(String id, Scope scope, Set<RequestType> rights, LegalReference reference, LocalizedText text,
    boolean secrecyReview) {
  public LegalGround {
    rights = Set.copyOf(rights);
  }

  /** Whether the ground can be invoked in {@code jurisdiction} (whatever the sector). */
  public boolean appliesIn(Jurisdiction jurisdiction) {
    return scope.jurisdictions().isEmpty() || scope.jurisdictions().contains(jurisdiction);
  }

  /** Whether the ground binds {@code actor}. */
  public boolean binds(Actor actor) {
    return scope.binds(actor);
  }

  /** For callers that still ask: the jurisdictions the ground is written for, empty when all. */
  public Set<Jurisdiction> jurisdictions() {
    return scope.jurisdictions();
  }

  static Optional<LegalGround> none() {
    return Optional.empty();
  }
}
