package io.github.trygg.dsr.consent;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One consent as given, and its withdrawal. Withdrawal writes a new version of the same record;
 * nothing is deleted, so the history can be shown.
 *
 * @param subjectRef the subject's pseudonym
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentRecord(
    String id,
    long version,
    String subjectRef,
    String purposeId,
    String noticeVersion,
    ConsentGiver givenBy,
    Instant givenAt,
    Optional<Instant> withdrawnAt) {

  public ConsentRecord {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if (withdrawnAt.isPresent() && withdrawnAt.get().isBefore(givenAt)) {
      throw new IllegalArgumentException("consent cannot be withdrawn before it was given");
    }
  }

  /** Given and not withdrawn at {@code at}. */
  public boolean inForceAt(Instant at) {
    return !givenAt.isAfter(at) && withdrawnAt.map(w -> w.isAfter(at)).orElse(true);
  }

  public ConsentRecord withdrawn(Instant at) {
    return new ConsentRecord(id, version + 1, subjectRef, purposeId, noticeVersion, givenBy, givenAt, Optional.of(at));
  }
}
