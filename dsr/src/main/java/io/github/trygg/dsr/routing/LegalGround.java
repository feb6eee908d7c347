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
 *
 * @param id the ground's id in the catalogue, cited by tasks and requests
 * @param scope whom the ground binds: jurisdictions, sectors, kinds of organisation
 * @param rights the rights it limits
 * @param reference the provision, with its verification status
 * @param text what the ground says, in words
 * @param secrecyReview whether it is a provision of the secrecy review rather than a refusal
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegalGround(String id, Scope scope, Set<RequestType> rights, LegalReference reference, LocalizedText text,
    boolean secrecyReview) {
  /**
   * Copies the rights.
   *
   * @param id the ground's id in the catalogue, cited by tasks and requests
   * @param scope whom the ground binds: jurisdictions, sectors, kinds of organisation
   * @param rights the rights it limits
   * @param reference the provision, with its verification status
   * @param text what the ground says, in words
   * @param secrecyReview whether it is a provision of the secrecy review rather than a refusal
   */
  public LegalGround {
    rights = Set.copyOf(rights);
  }

  /**
   * Whether the ground can be invoked in {@code jurisdiction} (whatever the sector).
   *
   * @param jurisdiction the jurisdiction of the request
   * @return whether the ground is written for it, or for every jurisdiction
   */
  public boolean appliesIn(Jurisdiction jurisdiction) {
    return scope.jurisdictions().isEmpty() || scope.jurisdictions().contains(jurisdiction);
  }

  /**
   * Whether the ground binds {@code actor}.
   *
   * @param actor the controller: jurisdiction, sector and kind of organisation
   * @return whether the ground's scope covers it
   */
  public boolean binds(Actor actor) {
    return scope.binds(actor);
  }

  /** {@return the jurisdictions the ground is written for; empty when all} */
  public Set<Jurisdiction> jurisdictions() {
    return scope.jurisdictions();
  }

  static Optional<LegalGround> none() {
    return Optional.empty();
  }
}
