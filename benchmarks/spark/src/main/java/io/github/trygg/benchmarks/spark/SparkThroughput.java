package io.github.trygg.benchmarks.spark;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.pseudonym.KeyFileProvider;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.spark.DatasetFormat;
import io.github.trygg.spark.ExecutorKeys;
import io.github.trygg.spark.SparkPseudonymiser;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Rows per second for a generated CSV with three pseudonymised columns — an HMAC, a format-valid
 * identity pseudonym (FF1), a generalisation — file to file: the single-process streaming
 * pseudonymiser (the baseline), then trygg-spark on local[1] and local[2], in one JVM and one run;
 * and Spark reading and writing the same file with no policy, the floor Spark itself sets.
 * A warm-up round on a smaller file comes first. Prints the ratios and the cores a billion-row job
 * needs to finish within an hour.
 *
 * <pre>
 * java -Xmx4g [Spark's --add-opens options] -cp "$(cat benchmarks/spark/target/classpath.txt):benchmarks/spark/target/classes" \
 *   io.github.trygg.benchmarks.spark.SparkThroughput /tmp/trygg-bench 10000000
 * </pre>
 */
public final class SparkThroughput {
  static final String POLICY = """
      format: trygg-record-policy
      version: 1
      id: benchmark
      unlisted: drop
      invalidValues: opaque
      domains:
        - {name: bench, purpose: Benchmark, keyId: export}
      fields:
        - field: personnummer
          action: pseudonymise
          technique: identity-fpe
          domain: bench
          fpe: {preservation: decade, latestBirthDate: 2025-12-31, acknowledgeRealPersonRisk: true}
        - {field: customerId, action: pseudonymise, technique: hmac-sha256, domain: bench}
        - {field: birthDate, action: generalise, to: year}
        - {field: alarmType, action: keep}
        - {field: responseMinutes, action: keep}
      """;
  private static final String[] TYPES = {"fall", "button", "door", "smoke", "wander"};

  private SparkThroughput() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/trygg-bench");
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    long warmup = args.length > 2 ? Long.parseLong(args[2]) : Math.max(100_000, rows / 10);
    Files.createDirectories(dir);
    Path keys = dir.resolve("keys.json");
    if (!Files.exists(keys)) {
      KeyFileProvider.create(keys, "export");
    }
    RecordPolicy policy = RecordPolicy.read("benchmark.policy.yaml", new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML);

    System.out.printf(Locale.ROOT, "warm-up on %,d rows%n", warmup);
    round(dir, keys, policy, generate(dir, warmup));
    System.out.printf(Locale.ROOT, "measured on %,d rows%n", rows);
    double[] r = round(dir, keys, policy, generate(dir, rows));
    double streamer = r[0];
    double one = r[1];
    double two = r[2];
    double copy = r[3];
    System.out.printf(Locale.ROOT, "%nlocal[2] / local[1]          = %.2f (target >= 1.7)%n", two / one);
    System.out.printf(Locale.ROOT, "local[1] / streamer          = %.2f (target >= 0.8)%n", one / streamer);
    System.out.printf(Locale.ROOT, "local[1] / Spark's own copy  = %.2f (what the policy costs inside Spark)%n", one / copy);
    double perCore = Math.min(one, two / 2);
    double cores = 1e9 / (perCore * 3600);
    System.out.printf(Locale.ROOT, "1e9 rows in 3600 s           = %,.0f rows/s; at %,.0f rows/s per core: %.1f cores, %d with 30%% headroom%n",
        1e9 / 3600, perCore, cores, (long) Math.ceil(cores * 1.3));
  }

  /** Streamer, local[1], local[2] on one file: rows per second of each. */
  static double[] round(Path dir, Path keys, RecordPolicy policy, Path csv) throws IOException {
    long rows = Files.lines(csv).count() - 1;
    double[] out = new double[4];
    Path single = dir.resolve("out-single.csv");
    Files.deleteIfExists(single);
    long t = System.nanoTime();
    long cpu = cpu();
    RecordReport report = RecordPseudonymiser.builder().policy(policy)
        .pseudonymisation(Pseudonymisation.builder().keys(KeyFileProvider.open(keys)).build()).build()
        .csv(csv, single, CsvFormat.rfc4180());
    out[0] = print("streamer (1 thread)", report.records(), rows, t, cpu);
    for (int cores = 1; cores <= 2; cores++) {
      Path sparkOut = dir.resolve("out-spark-" + cores);
      delete(sparkOut);
      SparkSession spark = SparkSession.builder().master("local[" + cores + "]").appName("trygg-bench")
          .config("spark.ui.enabled", false)
          .config("spark.sql.files.maxPartitionBytes", 32L << 20)
          .getOrCreate();
      try {
        SparkPseudonymiser trygg = SparkPseudonymiser.builder().policy(policy).keys(ExecutorKeys.keyFile(keys.toString())).build();
        t = System.nanoTime();
        cpu = cpu();
        RecordReport r = trygg.run(spark, csv.toString(), DatasetFormat.CSV_LINES, sparkOut.toString(), DatasetFormat.CSV_LINES);
        out[cores] = print("spark local[" + cores + "]", r.records(), rows, t, cpu);
        if (cores == 1) {
          // Spark's own floor: the same read and write with no policy at all.
          Path copy = dir.resolve("out-spark-copy");
          delete(copy);
          t = System.nanoTime();
          cpu = cpu();
          DatasetFormat.CSV_LINES.write(DatasetFormat.CSV_LINES.read(spark, csv.toString()), copy.toString());
          out[3] = print("spark local[1] copy", rows, rows, t, cpu);
        }
      } finally {
        spark.stop();
      }
    }
    return out;
  }

  /** This process's CPU time in ns: on a shared machine, work done regardless of how much CPU others took. */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  static double print(String name, long records, long expected, long started, long cpuStarted) {
    double seconds = (System.nanoTime() - started) / 1e9;
    double cpuSeconds = (cpu() - cpuStarted) / 1e9;
    if (records != expected) {
      throw new IllegalStateException(name + " counted " + records + " records, expected " + expected);
    }
    double rate = records / seconds;
    System.out.printf(Locale.ROOT, "  %-20s %8.1f s  %,12.0f rows/s   CPU %8.1f s  %,12.0f rows per CPU-second   (load average %s)%n",
        name, seconds, rate, cpuSeconds, records / cpuSeconds, load());
    return rate;
  }

  static String load() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException e) {
      return "?";
    }
  }

  /** A CSV of generated visits, one per line, made once per size. */
  static Path generate(Path dir, long rows) throws IOException {
    Path csv = dir.resolve("visits-" + rows + ".csv");
    if (Files.exists(csv)) {
      return csv;
    }
    Path temp = dir.resolve(csv.getFileName() + ".tmp");
    SplittableRandom random = new SplittableRandom(20261124L);
    long first = LocalDate.of(1925, 1, 1).toEpochDay();
    long last = LocalDate.of(2024, 1, 1).toEpochDay();
    try (BufferedWriter w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      w.write("personnummer,customerId,birthDate,alarmType,responseMinutes\r\n");
      for (long i = 0; i < rows; i++) {
        LocalDate birth = LocalDate.ofEpochDay(random.nextLong(first, last));
        IdentityNumber person = IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, birth, random.nextInt(1, 1000));
        w.write(person.canonical());
        w.write(",K-");
        w.write(Integer.toString(random.nextInt(1_000_000)));
        w.write(',');
        w.write(birth.toString());
        w.write(',');
        w.write(TYPES[random.nextInt(TYPES.length)]);
        w.write(',');
        w.write(Integer.toString(random.nextInt(240)));
        w.write("\r\n");
      }
    }
    Files.move(temp, csv);
    return csv;
  }

  static void delete(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> files = Files.walk(p)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
