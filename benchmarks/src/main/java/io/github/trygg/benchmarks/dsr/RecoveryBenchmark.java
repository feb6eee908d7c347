package io.github.trygg.benchmarks.dsr;

import io.github.trygg.dsr.store.DsrStore;
import io.github.trygg.dsr.stores.DsrStores;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Run with {@code -gc true} so one iteration's million objects are not collected in the next:
 * {@code java -jar benchmarks.jar RecoveryBenchmark -f 1 -wi 1 -i 5 -gc true}.
 *
 * <p>Opening a journal of one million events (task transitions with their audit entries, one record
 * each, over 100 000 tasks): replay, checksum and rebuild of the in-memory view. Baseline: reading
 * the same file and checking every record's CRC32C without decoding — the I/O and checksum floor.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class RecoveryBenchmark {
  @Param({"1000000"})
  public int events;

  Path dir;
  Path journal;

  @Setup(Level.Trial)
  public void write() throws Exception {
    dir = Files.createTempDirectory("trygg-recovery-bench");
    journal = dir.resolve("journal");
    int tasks = Math.max(1, events / 10);
    int writers = 64;
    // Group commit with many writers fills the file in seconds; every record is still fsynced.
    try (DsrStore store = DsrStores.fileJournal(journal)) {
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < writers; t++) {
        int first = t;
        Thread th = new Thread(() -> {
          for (int task = first; task < tasks; task += writers) {
            for (long v = 1; v <= events / tasks; v++) {
              store.commit(Events.transition("task-" + task, v));
            }
          }
        });
        threads.add(th);
        th.start();
      }
      for (Thread th : threads) {
        th.join();
      }
    }
  }

  @TearDown(Level.Trial)
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Benchmark
  public long recover() {
    try (DsrStore store = DsrStores.fileJournal(journal)) {
      return store.auditHead().seq();
    }
  }

  /** Sequential read plus CRC32C of every record, nothing decoded. */
  @Benchmark
  public long readAndChecksumOnly() throws IOException {
    long records = 0;
    try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ)) {
      ByteBuffer buf = ByteBuffer.allocate(4 << 20);
      long pos = 8;
      long size = ch.size();
      CRC32C crc = new CRC32C();
      buf.limit(0);
      long bufStart = pos;
      while (pos < size) {
        if (pos + 8 > bufStart + buf.limit()) {
          bufStart = refill(ch, buf, pos);
        }
        int len = buf.getInt((int) (pos - bufStart));
        int sum = buf.getInt((int) (pos - bufStart) + 4);
        if (pos + 8 + len > bufStart + buf.limit()) {
          bufStart = refill(ch, buf, pos);
        }
        crc.reset();
        ByteBuffer body = buf.duplicate();
        body.position((int) (pos - bufStart) + 8).limit((int) (pos - bufStart) + 8 + len);
        crc.update(body);
        if ((int) crc.getValue() != sum) {
          throw new IllegalStateException("checksum");
        }
        pos += 8 + len;
        records++;
      }
    }
    return records;
  }

  private static long refill(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
    buf.clear();
    ch.read(buf, pos);
    buf.flip();
    return pos;
  }
}
