package io.github.trygg.dsr.consent;

import io.github.trygg.core.Jurisdiction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a consent check needs to know about the subject now.
 *
 * @param birthDate the subject's birth date, from the identity number or the population register;
 *     empty when unknown, in which case the subject is treated as an adult only if {@code adult}
 * @param guardians the subject's current guardians by reference (from the population register);
 *     needed when consent for a child rests on {@link GuardianRule#ALL_GUARDIANS}
 * @param subjectRef the subject's pseudonym
 * @param jurisdiction whose age limits apply
 * @param at the instant the consent must be valid at
 * @param adult whether the subject is known to be an adult when the birth date is unknown
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentQuery(
    String subjectRef, Jurisdiction jurisdiction, Instant at, Optional<LocalDate> birthDate, boolean adult, List<String> guardians) {
  /**
   * Copies the guardians.
   *
   * @param birthDate the subject's birth date, from the identity number or the population register;
   *     empty when unknown, in which case the subject is treated as an adult only if {@code adult}
   * @param guardians the subject's current guardians by reference (from the population register);
   *     needed when consent for a child rests on {@link GuardianRule#ALL_GUARDIANS}
   * @param subjectRef the subject's pseudonym
   * @param jurisdiction whose age limits apply
   * @param at the instant the consent must be valid at
   * @param adult whether the subject is known to be an adult when the birth date is unknown
   */
  public ConsentQuery {
    guardians = List.copyOf(guardians);
  }
}
