package io.github.trygg.benchmarks.pseudonym;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The ratios of {@link CsvPseudonymBenchmark} and {@link JsonPseudonymBenchmark} without JMH, for a
 * shared machine whose load changes from one JMH iteration to the next: pseudonymising and the
 * plain streaming copy run in alternating rounds on the same 16 MiB, and each round's ratio is
 * taken against the copy next to it. Reports MB/s (medians) and the median ratio.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.pseudonym.RecordThroughput 20 15
 * }</pre>
 *
 * Arguments: seconds of warm-up per case, rounds.
 */
public final class RecordThroughput {
  private RecordThroughput() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    System.out.printf("%d processors, %d s warm-up, %d rounds of 16 MiB%n", Runtime.getRuntime().availableProcessors(), warmUp, rounds);
    for (String policy : new String[] {"three", "full"}) {
      for (int threads : new int[] {1, 2}) {
        CsvPseudonymBenchmark csv = new CsvPseudonymBenchmark();
        csv.policy = policy;
        csv.threads = threads;
        csv.setUp();
        compare("CSV, " + policy + (threads > 1 ? ", " + threads + " threads" : ""), csv::tryggPseudonymiseCsv, csv::streamingCsvCopyBaseline, csv.input.length, warmUp, rounds);
      }
      JsonPseudonymBenchmark json = new JsonPseudonymBenchmark();
      json.policy = policy;
      json.setUp();
      compare("JSON Lines, " + policy, json::tryggPseudonymiseJsonLines, json::streamingJsonCopyBaseline, json.input.length, warmUp, rounds);
    }
  }

  static void compare(String name, Callable<?> work, Callable<?> baseline, long bytes, int warmUp, int rounds) throws Exception {
    long until = System.nanoTime() + warmUp * 1_000_000_000L;
    while (System.nanoTime() < until) {
      work.call();
      baseline.call();
    }
    List<Double> ratios = new ArrayList<>();
    List<Double> workRates = new ArrayList<>();
    List<Double> baseRates = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      double w = 0;
      double b = 0;
      // Alternate which goes first.
      for (int k = 0; k < 2; k++) {
        boolean workNow = (k + r) % 2 == 0;
        long t0 = System.nanoTime();
        (workNow ? work : baseline).call();
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (workNow) {
          w = seconds;
        } else {
          b = seconds;
        }
      }
      ratios.add(b / w);
      workRates.add(bytes / 1e6 / w);
      baseRates.add(bytes / 1e6 / b);
    }
    System.out.printf("%-26s pseudonymised %6.1f MB/s, copy %6.1f MB/s, ratio %.2f%n", name, median(workRates), median(baseRates), median(ratios));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
