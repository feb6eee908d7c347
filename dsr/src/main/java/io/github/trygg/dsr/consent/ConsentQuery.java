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
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentQuery(
    String subjectRef, Jurisdiction jurisdiction, Instant at, Optional<LocalDate> birthDate, boolean adult, List<String> guardians) {
  public ConsentQuery {
    guardians = List.copyOf(guardians);
  }
}
