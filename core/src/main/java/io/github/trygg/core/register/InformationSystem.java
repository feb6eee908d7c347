package io.github.trygg.core.register;

import io.github.trygg.core.AssuranceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An information system, platform or device: who owns and delivers it, where it runs, what it is
 * cleared for, how users authenticate to it, and which assets it stores and processes.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class InformationSystem implements RegisterEntry {
  @Override
  public abstract String id();

  /** {@return the system's name} */
  public abstract String name();

  /** {@return what the system does, in words} */
  public abstract Optional<String> description();

  /** {@return what kind of system it is: an application, a platform, a device …; an application by default} */
  @Value.Default
  public SystemKind systemKind() {
    return SystemKind.APPLICATION;
  }

  /** {@return the system owner (systemägare), as a role} */
  public abstract Optional<String> owner();

  /** {@return the id of the vendor that delivers or operates it} */
  public abstract Optional<String> vendor();

  /** {@return the id of the platform system it runs on} */
  public abstract Optional<String> hostedOn();

  /**
   * {@return ids of the systems this one is composed of; its capabilities are those of its weakest
   * part.}
   */
  public abstract List<String> components();

  /**
   * Reachable from the internet.
   *
   * @return whether the system is reachable from the internet
   */
  @Value.Default
  public boolean internetExposed() {
    return false;
  }

  /** {@return ISO 3166-1 alpha-2 codes of the countries where its data are stored or processed} */
  public abstract List<String> dataLocations();

  /** {@return the system's own assessed level per aspect, before anything is derived from its data} */
  public abstract Optional<Levels> assessed();

  /** {@return the highest level per aspect the system is cleared for (its security capability)} */
  public abstract Optional<Levels> clearedFor();

  /** {@return the strongest user authentication the system offers} */
  public abstract Optional<AssuranceLevel> authentication();

  /** {@return ids of assets stored in the system} */
  public abstract List<String> assetsStored();

  /** {@return ids of assets processed but not stored} */
  public abstract List<String> assetsProcessed();

  /** {@return the features the system has that rules look at, such as internet exposure or logging} */
  public abstract List<SystemFeature> features();

  /** {@return what the organisation requires of the system's recovery} */
  public abstract Optional<RecoveryObjectives> recoveryObjectives();

  /** {@return what the system can actually deliver} */
  public abstract Optional<RecoveryObjectives> recoveryCapability();

  /** {@return where data-subject-rights tasks for this system go} */
  public abstract Optional<DsrEndpoint> dsrEndpoint();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.SYSTEM;
  }

  /**
   * Whether the system has {@code feature}.
   *
   * @param feature a feature
   * @return whether it is among {@link #features()}
   */
  public final boolean has(SystemFeature feature) {
    return features().contains(feature);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InformationSystem}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableInformationSystem.Builder {}
}
