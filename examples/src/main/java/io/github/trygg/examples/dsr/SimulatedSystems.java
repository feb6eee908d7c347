package io.github.trygg.examples.dsr;

import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.connector.Submission;
import io.github.trygg.dsr.connector.TaskOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stands in for the vendors' DSR APIs and webhooks of the sample register (Larmkraft's API, the
 * planning system's API, MediDos's webhook): accepts each order and hands out a job number, as
 * such an endpoint would. A real host plugs in HTTP clients here.
 */
final class SimulatedSystems implements DsrConnector {
  final List<TaskOrder> received = new ArrayList<>();

  @Override
  public Set<DsrChannel> channels() {
    return Set.of(DsrChannel.API, DsrChannel.WEBHOOK);
  }

  @Override
  public Submission submit(TaskOrder order) {
    received.add(order);
    return Submission.sent(order.task().systemId() + "-job-" + received.size());
  }
}
