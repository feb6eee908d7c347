package io.github.trygg.benchmarks.dsr;

import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Durable task transitions per second through the file journal: group commit (the default) against
 * one fsync per record, and as the floor, a raw append of the same number of bytes with one fsync
 * each. Each operation returns only once its record is on disk. Eight writer threads, as several
 * case officers and connector callbacks would be.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class JournalBenchmark {

  @State(Scope.Benchmark)
  public static class Journal {
    @Param({"grouped", "every-record"})
    public String sync;

    Path dir;
    DsrStore store;
    FileChannel raw;
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = Files.createTempDirectory("trygg-journal-bench");
      store = DsrStores.fileJournal(dir.resolve("journal"), "grouped".equals(sync) ? JournalOptions.defaults() : JournalOptions.syncEveryRecord());
      raw = FileChannel.open(dir.resolve("raw"), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      store.close();
      raw.close();
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @State(Scope.Thread)
  public static class Writer {
    String taskId;
    long version;
    final ByteBuffer record = ByteBuffer.allocate(420);

    @Setup(Level.Trial)
    public void init(Journal j) {
      taskId = "task-" + j.threads.incrementAndGet();
      version = 0;
    }
  }

  @Benchmark
  public Object transition(Journal j, Writer w) {
    return j.store.commit(Events.transition(w.taskId, ++w.version));
  }

  /** The primitive underneath: append a record's worth of bytes and force it, one at a time. */
  @Benchmark
  public int rawAppendAndForce(Journal j, Writer w) throws IOException {
    synchronized (j.raw) {
      w.record.clear();
      int n = j.raw.write(w.record);
      j.raw.force(false);
      return n;
    }
  }
}
