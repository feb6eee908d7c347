package io.github.trygg.core.register;

import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A flow between two systems: which assets go from source to target and which come back, and how
 * the flow is protected.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class Integration implements RegisterEntry {
  @Override
  public abstract String id();

  public abstract Optional<String> name();

  public abstract Optional<String> description();

  /** Id of the system that initiates the flow. */
  public abstract String source();

  /** Id of the system at the other end. */
  public abstract String target();

  /** Ids of assets sent from source to target. */
  public abstract List<String> assetsSent();

  /** Ids of assets returned from target to source. */
  public abstract List<String> assetsReceived();

  /** For example {@code HTTPS/REST}, {@code SFTP}, {@code SMTP}, {@code HL7}. */
  public abstract Optional<String> protocol();

  public abstract TransportProtection transport();

  public abstract IntegrationAuthentication authentication();

  /** Crosses the internet or another network the organisation does not control. */
  @Value.Default
  public boolean crossesOpenNetwork() {
    return false;
  }

  /**
   * What the receiver uses the data for; absent, the receiving processing's use decides and
   * otherwise the use is operational.
   */
  public abstract Optional<DataUse> use();

  /** The highest level per aspect the flow is cleared for, when declared. */
  public abstract Optional<Levels> clearedFor();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.INTEGRATION;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableIntegration.Builder {}
}
