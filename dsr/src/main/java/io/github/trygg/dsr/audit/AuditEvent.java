package io.github.trygg.dsr.audit;

import io.github.trygg.core.identity.IdentityNumbers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A state change to record. Holds references and codes only: the subject as a pseudonym, the actor
 * as an opaque id, details as short codes. A value that contains a Swedish or Norwegian identity
 * number is refused, so a slip cannot put one into a log that is kept for years.
 *
 * @param action what happened, such as {@code request.status} or {@code consent.withdrawn}
 * @param entityType {@code request}, {@code task}, {@code consent}, {@code breach}
 * @param subjectRef the subject's pseudonym, or empty when the event concerns no subject
 * @param details codes that explain the change ({@code from}, {@code to}, {@code rule}); sorted
 * @param at when the change happened
 * @param actor who made it, as an opaque id (a user id, {@code system})
 * @param entityId the id of the entity changed
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AuditEvent(
    Instant at, String actor, String action, String entityType, String entityId, String subjectRef, Map<String, String> details) {

  /**
   * Sorts the details and refuses identity numbers.
   *
   * @param action what happened, such as {@code request.status} or {@code consent.withdrawn}
   * @param entityType {@code request}, {@code task}, {@code consent}, {@code breach}
   * @param subjectRef the subject's pseudonym, or empty when the event concerns no subject
   * @param details codes that explain the change ({@code from}, {@code to}, {@code rule}); sorted
   * @param at when the change happened
   * @param actor who made it, as an opaque id (a user id, {@code system})
   * @param entityId the id of the entity changed
   * @throws IllegalArgumentException if any part holds a valid Swedish or Norwegian identity number
   */
  public AuditEvent {
    Objects.requireNonNull(at, "at");
    details = Collections.unmodifiableMap(new TreeMap<>(details));
    refuseIdentityNumbers(actor);
    refuseIdentityNumbers(action);
    refuseIdentityNumbers(entityType);
    refuseIdentityNumbers(entityId);
    refuseIdentityNumbers(subjectRef);
    details.forEach((k, v) -> {
      refuseIdentityNumbers(k);
      refuseIdentityNumbers(v);
    });
  }

  private static final LocalDate FAR_FUTURE = LocalDate.of(2199, 12, 31);

  /** Tries every run of digits (with one separator) long enough to be an identity number. */
  private static void refuseIdentityNumbers(String text) {
    int n = text.length();
    for (int start = 0; start < n; start++) {
      if (!Character.isDigit(text.charAt(start)) || (start > 0 && Character.isDigit(text.charAt(start - 1)))) {
        continue;
      }
      for (int end = start + 10; end <= Math.min(n, start + 13); end++) {
        // Only whole runs: a number embedded in a longer run of digits (a UUID segment, a job
        // number) is not an identity number written out.
        if (end < n && Character.isDigit(text.charAt(end))) {
          continue;
        }
        if (IdentityNumbers.isValid(text, start, end, FAR_FUTURE)) {
          throw new IllegalArgumentException("an audit event must not contain an identity number; use the subject's pseudonym");
        }
      }
    }
  }
}
