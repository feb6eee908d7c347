package io.github.trygg.core.register;

import io.github.trygg.core.internal.value.TryggStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/** Where data-subject-rights work is sent: a channel and its address (URL, mailbox, queue name). */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class DsrEndpoint {
  public abstract DsrChannel channel();

  public abstract String address();

  public static DsrEndpoint of(DsrChannel channel, String address) {
    return builder().channel(channel).address(address).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableDsrEndpoint.Builder {}
}
