package io.github.trygg.dsr.connector;

import io.github.trygg.core.register.DsrChannel;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Sends tasks over one or more channels. Results come back later through
 * {@code DsrCases.recordTask}, from a callback, a poll or a person. Implementations must not log
 * the identifiers of a {@link TaskOrder}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface DsrConnector {
  Set<DsrChannel> channels();

  /** Sends the task; throws nothing for a refusal by the other end, which is {@link Submission#failed()}. */
  Submission submit(TaskOrder order);
}
