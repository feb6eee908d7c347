package io.github.trygg.crypto.pseudonym;

import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The checks every {@link Reidentifier} shares: the role first, then the technique's own recovery,
 * then the audit event — and only then the value.
 */
abstract class AuditedReidentifier implements Reidentifier {
  private final PseudonymisationDomain domain;
  private final Technique technique;
  private final ReidentificationAudit audit;
  private final Clock clock;

  AuditedReidentifier(PseudonymisationDomain domain, Technique technique, ReidentificationAudit audit, Clock clock) {
    this.domain = domain;
    this.technique = technique;
    this.audit = audit;
    this.clock = clock;
  }

  /** A recovered value and the key version it was made with. */
  record Recovered(String value, KeyRef key) {}

  /**
   * Recovers the value.
   *
   * @throws InvalidPseudonymException or {@link KeyException} when it cannot
   */
  abstract Recovered recover(String pseudonym);

  @Override
  public final PseudonymisationDomain domain() {
    return domain;
  }

  @Override
  public final Technique technique() {
    return technique;
  }

  @Override
  public final String reidentify(String pseudonym, Authorisation authorisation) {
    Objects.requireNonNull(pseudonym, "pseudonym");
    Objects.requireNonNull(authorisation, "authorisation");
    if (!domain.reidentifierRoles().contains(authorisation.role())) {
      record(null, pseudonym, authorisation, ReidentificationEvent.Outcome.DENIED);
      throw new ReidentificationDeniedException(domain.name(), authorisation.role());
    }
    Recovered recovered;
    try {
      recovered = recover(pseudonym);
    } catch (InvalidPseudonymException | KeyException e) {
      record(e instanceof KeyException k ? keyOf(k) : null, pseudonym, authorisation, ReidentificationEvent.Outcome.FAILED);
      throw e;
    }
    record(recovered.key(), pseudonym, authorisation, ReidentificationEvent.Outcome.GRANTED);
    return recovered.value();
  }

  private void record(@Nullable KeyRef key, String pseudonym, Authorisation authorisation, ReidentificationEvent.Outcome outcome) {
    audit.record(new ReidentificationEvent(clock.instant(), domain.name(), technique, key, pseudonym, authorisation, outcome));
  }

  private static @Nullable KeyRef keyOf(KeyException e) {
    return e.version().isPresent() ? new KeyRef(e.keyId(), e.version().getAsInt()) : null;
  }

  @Override
  public String toString() {
    return "Reidentifier[" + domain.name() + ", " + technique + "]";
  }
}
