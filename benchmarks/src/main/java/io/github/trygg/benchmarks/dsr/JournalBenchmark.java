package io.github.trygg.benchmarks.dsr;

import io.github.trygg.dsr.internal.codec.IdentifierCipher;
import io.github.trygg.dsr.internal.journal.FileJournalStore;
import io.github.trygg.dsr.internal.journal.SyncMode;
import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import io.github.trygg.dsr.stores.JournalOptions;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
 * Durable task transitions per second through the file journal: group commit (the default, up to
 * four fsyncs in flight), group commit with one fsync at a time (as before), and one fsync per
 * record; and for the disk underneath, a raw append of the same number of bytes with one fsync each,
 * one after the other ({@code rawAppendAndForce}) and from all eight threads at once
 * ({@code rawAppendAndForceConcurrently}, about the most durable writes per second the disk gives
 * eight waiting writers). Each operation returns only once its record is on disk. Eight writer
 * threads, as several case officers and connector callbacks would be.
 */
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(8)
public class JournalBenchmark {

  @State(Scope.Benchmark)
  public static class Journal {
    @Param({"grouped", "grouped-one-fsync-at-a-time", "every-record"})
    public String sync;

    Path dir;
    DsrStore store;
    FileChannel raw;
    FileChannel concurrent;
    final AtomicLong end = new AtomicLong();
    final AtomicInteger threads = new AtomicInteger();

    @Setup(Level.Trial)
    public void open() throws IOException {
      dir = Files.createTempDirectory("trygg-journal-bench");
      store = switch (sync) {
        case "grouped" -> DsrStores.fileJournal(dir.resolve("journal"), JournalOptions.defaults());
        case "grouped-one-fsync-at-a-time" -> FileJournalStore.open(dir.resolve("journal"), SyncMode.GROUPED, Duration.ZERO, IdentifierCipher.NONE, 1);
        default -> DsrStores.fileJournal(dir.resolve("journal"), JournalOptions.syncEveryRecord());
      };
      raw = FileChannel.open(dir.resolve("raw"), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      concurrent = FileChannel.open(dir.resolve("raw-concurrent"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
      store.close();
      raw.close();
      concurrent.close();
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

  /** Each thread appends a record's worth of bytes at its own place and forces the file, no lock: the kernel joins what it can. */
  @Benchmark
  public int rawAppendAndForceConcurrently(Journal j, Writer w) throws IOException {
    w.record.clear();
    int n = j.concurrent.write(w.record, j.end.getAndAdd(w.record.capacity()));
    j.concurrent.force(false);
    return n;
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
