package io.github.trygg.core.propagation;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.SystemKind;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The configurable thresholds of the authentication check and the aggregation triggers. The rule
 * pack holds the defaults; change one with
 * {@code PropagationThresholds.builder().from(rules.thresholds()).platformAvailabilityCount(5).build()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class PropagationThresholds {
  /** Strong authentication is needed from this confidentiality level. */
  public abstract ConsequenceLevel authenticationConfidentialityFrom();

  public abstract ConsequenceLevel authenticationIntegrityFrom();

  public abstract ConsequenceLevel authenticationAvailabilityFrom();

  /** The least user authentication such a system must offer. */
  public abstract AssuranceLevel requiredAssurance();

  /** The kinds of system people log in to (devices and platforms are reached through flows). */
  public abstract Set<SystemKind> authenticatedKinds();

  /** A shared secret over an open network counts as weak sender authentication. */
  public abstract boolean sharedSecretIsWeakOverOpenNetwork();

  /** Personal data in one system from this volume raise a large-volume review. */
  public abstract DataVolume largeVolume();

  /** The same for special-category and criminal-offence data. */
  public abstract DataVolume largeVolumeSpecialCategory();

  /** From this many groups of assets whose activities share no purpose, a join is reviewed. */
  public abstract int joinedPurposes();

  /** Data categories that count as location, for example {@code location}. */
  public abstract Set<String> locationCategories();

  /** Data categories that count as health or care data. */
  public abstract Set<String> healthCategories();

  /** Hosted systems from this availability level count towards cumulation on a platform. */
  public abstract ConsequenceLevel platformAvailabilityLevel();

  /** From this many such systems on one platform, a review is raised. */
  public abstract int platformAvailabilityCount();

  @Value.Check
  protected void check() {
    if (joinedPurposes() < 2 || platformAvailabilityCount() < 1) {
      throw new IllegalArgumentException("joinedPurposes must be at least 2 and platformAvailabilityCount at least 1");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutablePropagationThresholds.Builder {}
}
