package io.github.trygg.dsr.cases;

import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.Requester;
import io.github.trygg.dsr.request.SubjectIdentifier;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A request as it arrives.
 *
 * @param receivedAt when it reached an official channel (the month runs from this day)
 * @param subjectCategory the register's category for the subject, such as {@code care-recipient}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Intake(Set<RequestType> types, Requester requester, String subjectCategory, List<SubjectIdentifier> identifiers, Instant receivedAt) {
  public Intake {
    types = Set.copyOf(types);
    identifiers = List.copyOf(identifiers);
    if (types.isEmpty() || identifiers.isEmpty()) {
      throw new IllegalArgumentException("a request names at least one right and one identifier of the subject");
    }
  }
}
