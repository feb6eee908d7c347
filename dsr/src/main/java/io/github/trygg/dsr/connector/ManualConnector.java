package io.github.trygg.dsr.connector;

import io.github.trygg.core.register.DsrChannel;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * For tasks a person carries out (and, until the host plugs in its own, those sent by e-mail or
 * ticket): the task is marked sent with a reference of the form {@code manual:<task id>}; the
 * person's confirmation completes it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ManualConnector implements DsrConnector {
  private final Set<DsrChannel> channels;

  /**
   * A connector that hands tasks on these channels to people.
   *
   * @param channels the channels
   * @return the connector
   */
  public static ManualConnector of(Set<DsrChannel> channels) {
    return new ManualConnector(channels);
  }

  private ManualConnector(Set<DsrChannel> channels) {
    this.channels = Set.copyOf(channels);
  }

  /**
   * MANUAL, EMAIL and TICKET.
   *
   * @return the connector
   */
  public static ManualConnector forPeople() {
    return ManualConnector.of(EnumSet.of(DsrChannel.MANUAL, DsrChannel.EMAIL, DsrChannel.TICKET));
  }

  @Override
  public Set<DsrChannel> channels() {
    return channels;
  }

  @Override
  public Submission submit(TaskOrder order) {
    return Submission.sent("manual:" + order.task().id());
  }
}
