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

  /** {@return the integration's name, if it has one} */
  public abstract Optional<String> name();

  /** {@return what flows and why, in words} */
  public abstract Optional<String> description();

  /** {@return id of the system that initiates the flow} */
  public abstract String source();

  /** {@return id of the system at the other end} */
  public abstract String target();

  /** {@return ids of assets sent from source to target} */
  public abstract List<String> assetsSent();

  /** {@return ids of assets returned from target to source} */
  public abstract List<String> assetsReceived();

  /** {@return the protocol, for example {@code HTTPS/REST}, {@code SFTP}, {@code SMTP}, {@code HL7}} */
  public abstract Optional<String> protocol();

  /** {@return how the transport protects the data: none, TLS, end to end …} */
  public abstract TransportProtection transport();

  /** {@return how the two ends authenticate each other} */
  public abstract IntegrationAuthentication authentication();

  /** {@return whether the flow crosses the internet or another network the organisation does not control} */
  @Value.Default
  public boolean crossesOpenNetwork() {
    return false;
  }

  /**
   * {@return what the receiver uses the data for; absent, the receiving processing's use decides
   * and otherwise the use is operational}
   */
  public abstract Optional<DataUse> use();

  /** {@return the highest level per aspect the flow is cleared for, when declared} */
  public abstract Optional<Levels> clearedFor();

  @Override
  public abstract Optional<Review> review();

  @Override
  public final EntryKind kind() {
    return EntryKind.INTEGRATION;
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Integration}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableIntegration.Builder {}
}
