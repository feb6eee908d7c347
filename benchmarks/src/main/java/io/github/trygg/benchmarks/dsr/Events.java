package io.github.trygg.benchmarks.dsr;

import io.github.trygg.core.register.ArchiveStatus;
import io.github.trygg.core.register.DsrChannel;
import io.github.trygg.dsr.audit.AuditEvent;
import io.github.trygg.dsr.request.RequestType;
import io.github.trygg.dsr.request.SystemTask;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.Change;
import java.time.Instant;
import java.util.Map;

/** The unit the journal benchmarks count: one task transition with its audit event, as the DSR desk writes it. */
final class Events {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final TaskStatus[] PATH = {TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.ACKNOWLEDGED, TaskStatus.IN_PROGRESS};

  private Events() {}

  static Change transition(String taskId, long version) {
    SystemTask task = SystemTask.builder()
        .id(taskId)
        .version(version)
        .requestId("req-" + taskId)
        .systemId("journal")
        .right(RequestType.ERASURE)
        .channel(DsrChannel.API)
        .address("https://planering.exempelkommun.example/api/dsr")
        .viaProcessor("omsorgsplan")
        .archiveStatus(ArchiveStatus.DISPOSE_BY_RULE)
        .status(PATH[(int) ((version - 1) % PATH.length)])
        .attempts(1)
        .updatedAt(T0.plusMillis(version))
        .build();
    AuditEvent event = new AuditEvent(T0.plusMillis(version), "handlaggare-17", "task.status", "task", taskId, "p1.k.subject-" + taskId,
        Map.of("from", "PENDING", "to", task.status().name(), "system", "journal", "version", Long.toString(version)));
    return Change.builder().put(task).audit(event).build();
  }
}
