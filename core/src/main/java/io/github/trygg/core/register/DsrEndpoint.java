package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Where data-subject-rights work is sent: a channel and its address (URL, mailbox, queue name). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DsrEndpoint {
  /** {@return how tasks reach the system: API, webhook, e-mail, ticket or by hand} */
  public abstract DsrChannel channel();

  /** {@return where tasks go: a URL, mailbox, queue or the role that acts by hand} */
  public abstract String address();

  /**
   * An endpoint on {@code channel} at {@code address}.
   *
   * @param channel how tasks reach the system
   * @param address where they go
   * @return the endpoint
   */
  public static DsrEndpoint of(DsrChannel channel, String address) {
    return builder().channel(channel).address(address).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DsrEndpoint}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableDsrEndpoint.Builder {}
}
