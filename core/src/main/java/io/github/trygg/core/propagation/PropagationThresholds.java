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
  /** {@return the confidentiality level from which strong authentication is needed} */
  public abstract ConsequenceLevel authenticationConfidentialityFrom();

  /** {@return the integrity level from which strong authentication is needed} */
  public abstract ConsequenceLevel authenticationIntegrityFrom();

  /** {@return the availability level from which strong authentication is needed} */
  public abstract ConsequenceLevel authenticationAvailabilityFrom();

  /** {@return the least user authentication such a system must offer} */
  public abstract AssuranceLevel requiredAssurance();

  /** {@return the kinds of system people log in to (devices and platforms are reached through flows)} */
  public abstract Set<SystemKind> authenticatedKinds();

  /**
   * A shared secret over an open network counts as weak sender authentication.
   *
   * @return whether a shared secret over an open network counts as weak authentication
   */
  public abstract boolean sharedSecretIsWeakOverOpenNetwork();

  /** {@return personal data in one system from this volume raise a large-volume review} */
  public abstract DataVolume largeVolume();

  /** {@return the same for special-category and criminal-offence data} */
  public abstract DataVolume largeVolumeSpecialCategory();

  /**
   * From this many groups of assets whose activities share no purpose, a join is reviewed.
   *
   * @return from how many groups of assets with unrelated purposes a join is reviewed
   */
  public abstract int joinedPurposes();

  /** {@return data categories that count as location, for example {@code location}} */
  public abstract Set<String> locationCategories();

  /** {@return data categories that count as health or care data} */
  public abstract Set<String> healthCategories();

  /**
   * Hosted systems from this availability level count towards cumulation on a platform.
   *
   * @return the availability level from which hosted systems count towards cumulation on a platform
   */
  public abstract ConsequenceLevel platformAvailabilityLevel();

  /**
   * From this many such systems on one platform, a review is raised.
   *
   * @return how many such systems make a platform's cumulation reviewed
   */
  public abstract int platformAvailabilityCount();

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (joinedPurposes() < 2 || platformAvailabilityCount() < 1) {
      throw new IllegalArgumentException("joinedPurposes must be at least 2 and platformAvailabilityCount at least 1");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PropagationThresholds}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutablePropagationThresholds.Builder {}
}
