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

  public abstract String name();

  public abstract Optional<String> description();

  @Value.Default
  public SystemKind systemKind() {
    return SystemKind.APPLICATION;
  }

  /** The system owner (systemägare), as a role. */
  public abstract Optional<String> owner();

  /** The id of the vendor that delivers or operates it. */
  public abstract Optional<String> vendor();

  /** The id of the platform system it runs on. */
  public abstract Optional<String> hostedOn();

  /** Ids of the systems this one is composed of; its capabilities are those of its weakest part. */
  public abstract List<String> components();

  /** Reachable from the internet. */
  @Value.Default
  public boolean internetExposed() {
    return false;
  }

  /** ISO 3166-1 alpha-2 codes of the countries where its data are stored or processed. */
  public abstract List<String> dataLocations();

  /** The system's own assessed level per aspect, before anything is derived from its data. */
  public abstract Optional<Levels> assessed();

  /** The highest level per aspect the system is cleared for (its security capability). */
  public abstract Optional<Levels> clearedFor();

  /** The strongest user authentication the system offers. */
  public abstract Optional<AssuranceLevel> authentication();

  /** Ids of assets stored in the system. */
  public abstract List<String> assetsStored();

  /** Ids of assets processed but not stored. */
  public abstract List<String> assetsProcessed();

  public abstract List<SystemFeature> features();

  /** What the organisation requires of the system's recovery. */
  public abstract Optional<RecoveryObjectives> recoveryObjectives();

  /** What the system can actually deliver. */
  public abstract Optional<RecoveryObjectives> recoveryCapability();

  /** Where data-subject-rights tasks for this system go. */
  public abstract Optional<DsrEndpoint> dsrEndpoint();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.SYSTEM;
  }

  public final boolean has(SystemFeature feature) {
    return features().contains(feature);
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableInformationSystem.Builder {}
}
