package io.github.trygg.core.internal.message;

import org.apiguardian.api.API;

/**
 * A message context reduced to ordinals and bit sets, which is all the table matches on.
 *
 * @param route the channel's ordinal, or {@link Vocabulary#routeOf} of the named infrastructure
 * @param consentBasis the ordinal of the consent basis that covers this channel and purpose, or -1
 * @param hitKinds bit set of content-hit-kind ordinals (detected or known)
 * @param controls bit set of organisational-control ordinals
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record Inputs(
    int jurisdiction,
    int sector,
    int recipient,
    int route,
    int content,
    int purpose,
    int consentBasis,
    int transport,
    int assurance,
    long hitKinds,
    long controls,
    boolean optedOut) {

  public Inputs withContent(int raised) {
    return new Inputs(jurisdiction, sector, recipient, route, raised, purpose, consentBasis, transport, assurance, hitKinds, controls, optedOut);
  }

  public Inputs withoutConsent() {
    return new Inputs(jurisdiction, sector, recipient, route, content, purpose, -1, transport, assurance, hitKinds, controls, optedOut);
  }
}
