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
  /** {@return the breach's id in the register} */
  public abstract String id();

  /** {@return the stored version, 1 for a new breach; the store refuses a stale one} */
  public abstract long version();

  /** {@return when the controller became aware: the 72 hours run from here} */
  public abstract Instant awareAt();

  /** {@return when the breach happened, if known} */
  public abstract Optional<Instant> occurredAt();

  /** {@return what was breached: confidentiality, integrity, availability (at least one)} */
  public abstract Set<BreachNature> nature();

  /** {@return what happened, without naming the people concerned} */
  public abstract String description();

  /** {@return register ids of the systems concerned} */
  public abstract List<String> systems();

  /**
   * {@return categories of personal data, as the register names them ({@code health}, {@code
   * location} …)}
   */
  public abstract List<String> dataCategories();

  /** {@return categories of data subjects ({@code care-recipient} …)} */
  public abstract List<String> subjectCategories();

  /** {@return how many people are concerned, exactly or approximately (Art. 33(3)(a))} */
  public abstract Approximate subjectsAffected();

  /** {@return how many records are concerned, exactly or approximately (Art. 33(3)(a))} */
  public abstract Approximate recordsAffected();

  /** {@return the likely consequences for the people concerned (Art. 33(3)(c))} */
  public abstract String likelyConsequences();

  /** {@return the measures taken to address the breach and mitigate its effects (Art. 33(3)(d))} */
  public abstract String measuresTaken();

  /** {@return the measures proposed but not yet taken (Art. 33(3)(d))} */
  public abstract String measuresProposed();

  /** {@return the data protection officer or another contact point (a function, not a private person)} */
  public abstract String contactPoint();

  /** {@return the assessed risk to the people concerned, which decides notification (Art. 33, 34)} */
  public abstract BreachRisk risk();

  /** {@return the Art. 34(3) grounds for not telling the people concerned, if any apply} */
  public abstract Set<Art34Exemption> exemptions();

  /** {@return when a processor noticed the breach and told the controller, if a processor did} */
  public abstract Optional<ProcessorNotice> processorNotice();

  /** {@return when the supervisory authority was notified, once it has been} */
  public abstract Optional<Instant> authorityNotifiedAt();

  /** {@return why the authority was notified after 72 hours (Art. 33(1) second sentence)} */
  public abstract Optional<String> delayReason();

  /** {@return when the people concerned were told, once they have been} */
  public abstract Optional<Instant> subjectsNotifiedAt();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("versions start at 1");
    }
    if (nature().isEmpty()) {
      throw new IllegalArgumentException("a breach concerns confidentiality, integrity or availability");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersonalDataBreach}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutablePersonalDataBreach.Builder {}
}
