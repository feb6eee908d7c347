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
  /** {@return the channels this connector sends tasks over} */
  Set<DsrChannel> channels();

  /**
   * Sends the task; throws nothing for a refusal by the other end, which is {@link Submission#failed()}.
   *
   * @param order the task, the subject's identifiers and the answer date
   * @return what sending achieved, with the other end's reference
   */
  Submission submit(TaskOrder order);
}
