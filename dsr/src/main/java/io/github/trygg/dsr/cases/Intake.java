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
 * @param types the rights asked for; at least one (copied)
 * @param requester who asks: the subject, a guardian or a representative
 * @param identifiers how the subject is identified in the systems; at least one (copied)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Intake(Set<RequestType> types, Requester requester, String subjectCategory, List<SubjectIdentifier> identifiers, Instant receivedAt) {
  /**
   * Copies the sets and checks that something is asked for someone.
   *
   * @param receivedAt when it reached an official channel (the month runs from this day)
   * @param subjectCategory the register's category for the subject, such as {@code care-recipient}
   * @param types the rights asked for; at least one (copied)
   * @param requester who asks: the subject, a guardian or a representative
   * @param identifiers how the subject is identified in the systems; at least one (copied)
   * @throws IllegalArgumentException if no right or no identifier is given
   */
  public Intake {
    types = Set.copyOf(types);
    identifiers = List.copyOf(identifiers);
    if (types.isEmpty() || identifiers.isEmpty()) {
      throw new IllegalArgumentException("a request names at least one right and one identifier of the subject");
    }
  }
}
