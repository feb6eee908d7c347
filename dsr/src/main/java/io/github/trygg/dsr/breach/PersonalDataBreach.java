package io.github.trygg.dsr.breach;

import io.github.trygg.core.internal.value.TryggStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A personal-data breach as registered (Art. 33(5) requires every breach to be documented). Free
 * texts describe what happened and must not name the people concerned.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class PersonalDataBreach {
  public abstract String id();

  public abstract long version();

  /** When the controller became aware: the 72 hours run from here. */
  public abstract Instant awareAt();

  public abstract Optional<Instant> occurredAt();

  public abstract Set<BreachNature> nature();

  public abstract String description();

  /** Register ids of the systems concerned. */
  public abstract List<String> systems();

  /** Categories of personal data, as the register names them ({@code health}, {@code location} …). */
  public abstract List<String> dataCategories();

  /** Categories of data subjects ({@code care-recipient} …). */
  public abstract List<String> subjectCategories();

  public abstract Approximate subjectsAffected();

  public abstract Approximate recordsAffected();

  public abstract String likelyConsequences();

  public abstract String measuresTaken();

  public abstract String measuresProposed();

  /** The data protection officer or another contact point (a function, not a private person). */
  public abstract String contactPoint();

  public abstract RiskLevel risk();

  public abstract Set<Art34Exemption> exemptions();

  public abstract Optional<ProcessorNotice> processorNotice();

  public abstract Optional<Instant> authorityNotifiedAt();

  /** Why the authority was notified after 72 hours (Art. 33(1) second sentence). */
  public abstract Optional<String> delayReason();

  public abstract Optional<Instant> subjectsNotifiedAt();

  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if (nature().isEmpty()) {
      throw new IllegalArgumentException("a breach concerns confidentiality, integrity or availability");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePersonalDataBreach.Builder {}
}
