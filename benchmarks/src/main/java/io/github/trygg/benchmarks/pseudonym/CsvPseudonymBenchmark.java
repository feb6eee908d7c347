package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.record.CsvFormat;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.RecordPseudonymiser;
import io.github.trygg.crypto.record.RecordReport;
import io.github.trygg.crypto.record.UnlistedFields;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Record pseudonymisation of a generated 16 MiB CSV of alarm visits (format-valid and one-way
 * identity pseudonyms, AES-SIV, HMAC, generalisations, drops) against the same streaming CSV
 * read and write with every column kept and nothing pseudonymised. MB/s = 16 / (seconds per op).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Thread)
public class CsvPseudonymBenchmark {
  static final int MEGABYTES = 16;
  byte[] csv;
  RecordPseudonymiser pseudonymise;
  RecordPseudonymiser copy;

  @Setup(Level.Trial)
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(MEGABYTES << 20);
    SyntheticCsv.write(out, (long) MEGABYTES << 20, 7);
    csv = out.toByteArray();
    Pseudonymisation p = Pseudonymisation.builder().keys(BenchKeys.provider()).build();
    RecordPolicy policy = SyntheticCsv.policy();
    pseudonymise = RecordPseudonymiser.builder().policy(policy).pseudonymisation(p).build();
    RecordPolicy keepAll = RecordPolicy.builder().from(policy).fields(List.of()).unlisted(UnlistedFields.KEEP).build();
    copy = RecordPseudonymiser.builder().policy(keepAll).pseudonymisation(p).build();
  }

  @TearDown(Level.Trial)
  public void report() {
    System.out.printf("%n[csv] input %.1f MiB; divide by seconds per op for MB/s%n", csv.length / 1048576.0);
  }

  @Benchmark
  public RecordReport tryggPseudonymiseCsv() {
    return pseudonymise.csv(new ByteArrayInputStream(csv), OutputStream.nullOutputStream(), "visits.csv", CsvFormat.rfc4180());
  }

  @Benchmark
  public RecordReport streamingCsvCopyBaseline() {
    return copy.csv(new ByteArrayInputStream(csv), OutputStream.nullOutputStream(), "visits.csv", CsvFormat.rfc4180());
  }
}
