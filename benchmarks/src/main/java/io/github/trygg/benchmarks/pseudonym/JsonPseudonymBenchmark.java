package io.github.trygg.benchmarks.pseudonym;

import io.github.trygg.crypto.pseudonym.Pseudonymisation;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Record pseudonymisation of the same alarm visits as {@link CsvPseudonymBenchmark}, as 16 MiB of
 * JSON Lines, against the same streaming JSON read and write with every field kept and nothing
 * pseudonymised. MB/s = 16 / (seconds per op).
 * Policies: {@code three}, the target's three columns (a format-valid identity pseudonym, an HMAC
 * pseudonym and a birth date to its year; the rest kept); {@code full}, five pseudonymised columns
 * (format-valid and one-way identity pseudonyms, AES-SIV, two HMACs), three generalised, two dropped.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Thread)
public class JsonPseudonymBenchmark {
  static final int MEGABYTES = 16;

  @Param({"three", "full"})
  public String policy;

  byte[] input;
  RecordPseudonymiser pseudonymise;
  RecordPseudonymiser copy;

  @Setup(Level.Trial)
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(MEGABYTES << 20);
    SyntheticCsv.writeJsonLines(out, (long) MEGABYTES << 20, 7);
    input = out.toByteArray();
    Pseudonymisation p = Pseudonymisation.builder().keys(BenchKeys.provider()).build();
    RecordPolicy rules = SyntheticCsv.policy(policy);
    pseudonymise = RecordPseudonymiser.builder().policy(rules).pseudonymisation(p).build();
    RecordPolicy keepAll = RecordPolicy.builder().from(rules).fields(List.of()).unlisted(UnlistedFields.KEEP).build();
    copy = RecordPseudonymiser.builder().policy(keepAll).pseudonymisation(p).build();
  }

  @TearDown(Level.Trial)
  public void report() {
    System.out.printf("%n[json] input %.1f MiB; divide by seconds per op for MB/s%n", input.length / 1048576.0);
  }

  @Benchmark
  public RecordReport tryggPseudonymiseJsonLines() {
    return pseudonymise.json(new ByteArrayInputStream(input), OutputStream.nullOutputStream(), "visits.jsonl");
  }

  @Benchmark
  public RecordReport streamingJsonCopyBaseline() {
    return copy.json(new ByteArrayInputStream(input), OutputStream.nullOutputStream(), "visits.jsonl");
  }
}
