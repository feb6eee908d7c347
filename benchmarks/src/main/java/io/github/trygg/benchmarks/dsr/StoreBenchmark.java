package io.github.trygg.benchmarks.dsr;

import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable task transitions per second from eight writers, each with its audit entry, through the
 * PostgreSQL store (a local throwaway cluster at PostgreSQL's durable defaults, eight pooled
 * connections; prepared statements, the audit entries of a change inserted as one batch) against
 * the file journal with group commit, in the same run. Both acknowledge a change only once it is
 * durable. See {@link PostgresCluster} for where the server binaries come from.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
public class StoreBenchmark {

  @State(Scope.Benchmark)
  public static class Store {
    @Param({"journal", "postgres"})
    public String store;

    Path dir;
    PostgresCluster cluster;
    DsrStore dsr;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void open() throws Exception {
      if (store.equals("postgres")) {
        cluster = PostgresCluster.start();
        dsr = DsrStores.postgres(cluster.pool(8), "bench");
      } else {
        dir = Files.createTempDirectory("trygg-store-bench");
        dsr = DsrStores.fileJournal(dir.resolve("journal"));
      }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      dsr.close();
      if (cluster != null) {
        cluster.close();
      }
      if (dir != null) {
        try (Stream<Path> files = Files.walk(dir)) {
          files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }

  @State(Scope.Thread)
  public static class Writer {
    String taskId;
    long version;

    @Setup(Level.Trial)
    public void init(Store s) {
      taskId = "task-" + s.threads.incrementAndGet();
      version = 0;
    }
  }

  @Benchmark
  public Object transition(Store s, Writer w) {
    return s.dsr.commit(Events.transition(w.taskId, ++w.version));
  }
}
