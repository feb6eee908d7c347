package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The large-file run: generates a CSV of the given size (default 1024 MiB) in a directory, then
 * pseudonymises it file to file and prints rows, time, MB/s and the peak heap. Run it with a small
 * heap to see that memory does not grow with the file:
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.pseudonym.LargeCsvRun /tmp 1024
 * }</pre>
 *
 * A third argument runs the pseudonymisation on that many threads ({@code parallelism}).
 */
public final class LargeCsvRun {
  private LargeCsvRun() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir"));
    long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 1024;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    Path in = dir.resolve("trygg-visits-" + megabytes + "m.csv");
    Path out = dir.resolve("trygg-visits-" + megabytes + "m.pseudonymised.csv");
    long start = System.nanoTime();
    long rows;
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(in), 1 << 16)) {
      rows = SyntheticCsv.write(o, megabytes << 20, 11);
    }
    System.out.printf("generated %d rows, %.1f MiB in %.1f s%n", rows, Files.size(in) / 1048576.0, (System.nanoTime() - start) / 1e9);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    RecordPseudonymiser records = RecordPseudonymiser.builder()
        .policy(SyntheticCsv.policy())
        .pseudonymisation(Pseudonymisation.builder().keys(BenchKeys.provider()).build())
        .parallelism(threads)
        .build();
    start = System.nanoTime();
    RecordReport report = records.csv(in, out, CsvFormat.rfc4180());
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("pseudonymised %d records on %d thread(s), %.1f MiB in, %.1f MiB out, in %.1f s: %.1f MiB/s; max heap %d MiB, peak heap used %.1f MiB%n",
        report.records(), threads, report.bytesRead() / 1048576.0, report.bytesWritten() / 1048576.0, seconds,
        report.bytesRead() / 1048576.0 / seconds, Runtime.getRuntime().maxMemory() >> 20, peak / 1048576.0);
    System.out.println("per field: " + report.fields());
    Files.delete(in);
    Files.delete(out);
  }
}
