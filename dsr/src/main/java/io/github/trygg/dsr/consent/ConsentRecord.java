package io.github.trygg.dsr.consent;

import io.github.trygg.core.message.Channel;
import io.github.trygg.core.message.ConsentBasis;
import io.github.trygg.core.message.Purpose;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * One consent as given, and its withdrawal. Withdrawal writes a new version of the same record;
 * nothing is deleted, so the history can be shown.
 *
 * <p>The secure-message rules of core have their own, smaller consent model
 * ({@link io.github.trygg.core.message.ConsentRecord}: on what basis, given by whom, for which
 * channels and message purposes). {@link #forMessages} is the one mapping between the two: a consent
 * of this registry is explicit consent, given by the subject or a guardian, recorded when it was
 * given, and covers exactly the channels and message purposes its notice named.
 *
 * @param subjectRef the subject's pseudonym
 * @param id the record's id
 * @param version the stored version, 1 when given; a withdrawal writes the next
 * @param purposeId the purpose consented to
 * @param noticeVersion the version of the notice the consent was given under
 * @param givenBy the subject or one guardian
 * @param givenAt when the consent was given
 * @param withdrawnAt when it was withdrawn, if it was
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

  /**
   * Checks the version and dates.
   *
   * @param subjectRef the subject's pseudonym
   * @param id the record's id
   * @param version the stored version, 1 when given; a withdrawal writes the next
   * @param purposeId the purpose consented to
   * @param noticeVersion the version of the notice the consent was given under
   * @param givenBy the subject or one guardian
   * @param givenAt when the consent was given
   * @param withdrawnAt when it was withdrawn, if it was
   * @throws IllegalArgumentException if the version is below 1 or the withdrawal is before the consent
   */
  public ConsentRecord {
    if (version < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if (withdrawnAt.isPresent() && withdrawnAt.get().isBefore(givenAt)) {
      throw new IllegalArgumentException("consent cannot be withdrawn before it was given");
    }
  }

  /**
   * Whether the consent was given and not withdrawn at {@code at}.
   *
   * @param at the instant asked about
   * @return whether it was in force then
   */
  public boolean inForceAt(Instant at) {
    return !givenAt.isAfter(at) && withdrawnAt.map(w -> w.isAfter(at)).orElse(true);
  }

  /**
   * This consent as the message rules read it, for a message sent at {@code at} on one of {@code
   * channels} for one of {@code purposes} — those the notice of its purpose named; the registry's
   * purposes are the organisation's and do not know the message rules' channels. Empty when the
   * consent is not in force at {@code at}: a withdrawn consent permits no message.
   *
   * @param at when the message is sent
   * @param channels the channels the notice named
   * @param purposes the message purposes the notice named
   * @return the consent for the message rules; empty when not in force at {@code at}
   * @throws IllegalArgumentException when {@code channels} or {@code purposes} is empty: to the
   *     message rules an empty set means every channel or every purpose, which no notice grants
   */
  public Optional<io.github.trygg.core.message.ConsentRecord> forMessages(Instant at, Set<Channel> channels, Set<Purpose> purposes) {
    if (channels.isEmpty() || purposes.isEmpty()) {
      throw new IllegalArgumentException("name the channels and message purposes the consent's notice covered; an empty set would mean all of them");
    }
    if (!inForceAt(at)) {
      return Optional.empty();
    }
    return Optional.of(io.github.trygg.core.message.ConsentRecord.builder()
        .basis(ConsentBasis.EXPLICIT_CONSENT)
        .givenBy(givenBy instanceof ConsentGiver.Guardian
            ? io.github.trygg.core.message.ConsentRecord.GivenBy.GUARDIAN
            : io.github.trygg.core.message.ConsentRecord.GivenBy.DATA_SUBJECT)
        .recordedAt(givenAt)
        .channels(channels)
        .purposes(purposes)
        .build());
  }

  /**
   * The same consent withdrawn at {@code at}, as its next version.
   *
   * @param at when it was withdrawn; not before it was given
   * @return the withdrawn record
   * @throws IllegalArgumentException if {@code at} is before the consent was given
   */
  public ConsentRecord withdrawn(Instant at) {
    return new ConsentRecord(id, version + 1, subjectRef, purposeId, noticeVersion, givenBy, givenAt, Optional.of(at));
  }
}
