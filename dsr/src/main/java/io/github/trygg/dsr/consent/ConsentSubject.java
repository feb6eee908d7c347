package io.github.trygg.dsr.consent;

import io.github.trygg.dsr.request.SubjectIdentifier;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whose consent is asked about: the subject, and what the age and guardian rules need to know.
 *
 * @param identifier how the subject is known; the desk turns it into the subject's pseudonym
 * @param birthDate when known, the age rules of the jurisdiction are applied to it
 * @param adult the subject is known to be of age (when no birth date is at hand)
 * @param guardians pseudonymous references of every guardian with custody, for a child
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentSubject(SubjectIdentifier identifier, Optional<LocalDate> birthDate, boolean adult, List<String> guardians) {
  /**
   * Copies the guardians.
   *
   * @param identifier how the subject is known; the desk turns it into the subject's pseudonym
   * @param birthDate when known, the age rules of the jurisdiction are applied to it
   * @param adult the subject is known to be of age (when no birth date is at hand)
   * @param guardians pseudonymous references of every guardian with custody, for a child
   */
  public ConsentSubject {
    guardians = List.copyOf(guardians);
  }

  /**
   * A subject known to be of age.
   *
   * @param identifier an identifier of the subject
   * @return the subject
   */
  public static ConsentSubject adult(SubjectIdentifier identifier) {
    return new ConsentSubject(identifier, Optional.empty(), true, List.of());
  }

  /**
   * A subject born on {@code birthDate}, with the guardians who hold custody while a child.
   *
   * @param identifier an identifier of the subject
   * @param birthDate the birth date
   * @param guardians the guardians' opaque references
   * @return the subject
   */
  public static ConsentSubject born(SubjectIdentifier identifier, LocalDate birthDate, List<String> guardians) {
    return new ConsentSubject(identifier, Optional.of(birthDate), false, guardians);
  }
}
