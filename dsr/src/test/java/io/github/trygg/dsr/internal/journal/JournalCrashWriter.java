package io.github.trygg.dsr.internal.journal;

import static io.github.trygg.dsr.store.Fixtures.event;
import static io.github.trygg.dsr.store.Fixtures.request;
import static io.github.trygg.dsr.store.Fixtures.task;

import io.github.trygg.dsr.request.RequestStatus;
import io.github.trygg.dsr.request.TaskStatus;
import io.github.trygg.dsr.store.Change;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The process the crash test kills: several threads create requests with a task and move them
 * through their states, printing each acknowledged commit as {@code ACK <request> <version>} and
 * {@code ACK <task> <version>} only after {@code commit} returned.
 */
public final class JournalCrashWriter {
  private JournalCrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    String round = args[1];
    int threads = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    RequestStatus[] path = {RequestStatus.RECEIVED, RequestStatus.VERIFIED, RequestStatus.ASSESSING, RequestStatus.APPROVED, RequestStatus.IN_PROGRESS};
    TaskStatus[] taskPath = {TaskStatus.PENDING, TaskStatus.SENT, TaskStatus.ACKNOWLEDGED, TaskStatus.IN_PROGRESS, TaskStatus.DONE};
    DsrStore store = DsrStores.fileJournal(file);
    out.println("OPEN");
    out.flush();
    Thread[] workers = new Thread[threads];
    for (int t = 0; t < threads; t++) {
      int n = t;
      workers[t] = new Thread(() -> {
        for (int i = 0; ; i++) {
          String id = round + "-" + n + "-" + i;
          for (int v = 1; v <= path.length; v++) {
            store.commit(Change.builder().put(request(id, v, path[v - 1])).put(task("t" + id, id, v, taskPath[v - 1]))
                .audit(event(id, path[v - 1].name())).build());
            synchronized (out) {
              out.println("ACK " + id + " " + v);
              out.flush();
            }
          }
        }
      });
      workers[t].start();
    }
    for (Thread w : workers) {
      w.join();
    }
  }
}
