package io.github.trygg.dsr.cases;

import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.connector.DsrConnector;
import io.github.trygg.dsr.connector.Submission;
import io.github.trygg.dsr.connector.TaskOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Takes API and webhook orders and keeps them, as a system's endpoint would. */
final class RecordingConnector implements DsrConnector {
  final List<TaskOrder> orders = new ArrayList<>();
  boolean refuse;

  @Override
  public Set<DsrChannel> channels() {
    return Set.of(DsrChannel.API, DsrChannel.WEBHOOK);
  }

  @Override
  public Submission submit(TaskOrder order) {
    orders.add(order);
    return refuse ? Submission.failed() : Submission.sent("job-" + orders.size());
  }
}
