package io.github.trygg.benchmarks.message;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ratios of {@link SealBenchmark} without JMH, for a shared machine whose load changes from one
 * JMH iteration to the next: sealing (key agreement overlapped with the encryption, and all on one
 * thread) and raw AES-256-GCM run in alternating short rounds, and each round's ratio is taken
 * against the baseline round next to it, so the load a pair sees is nearly the same. Reports the
 * median of those ratios in wall time, and the benchmark thread's CPU time per message.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.message.SealThroughput 30 60
 * }</pre>
 *
 * Arguments: seconds of warm-up (the JDK's GCM compiles late), rounds.
 */
public final class SealThroughput {
  private static final int PER_ROUND = 16;

  private SealThroughput() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%d processors, %d s warm-up, %d rounds of %d messages of 1 MiB%n", Runtime.getRuntime().availableProcessors(), warmUp, rounds, PER_ROUND);
    System.out.printf("%-8s %12s %12s %12s   %s%n", "", "raw GCM", "seal", "one thread", "ratio to raw (median of rounds): seal, one thread; CPU µs per message: raw, seal, one thread");
    for (String recipient : new String[] {"RSA", "EC", "X25519"}) {
      SealBenchmark b = new SealBenchmark();
      b.recipient = recipient;
      b.setUp();
      long until = System.nanoTime() + warmUp * 1_000_000_000L;
      while (System.nanoTime() < until) {
        b.baselineJcaAesGcm();
        b.seal();
        b.sealOnOneThread();
      }
      List<Double> sealRatio = new ArrayList<>();
      List<Double> oneRatio = new ArrayList<>();
      double[][] wall = new double[3][rounds];
      double[][] cpu = new double[3][rounds];
      for (int r = 0; r < rounds; r++) {
        for (int k = 0; k < 3; k++) {
          // Rotate the order so no contender always follows the same one.
          int which = (k + r) % 3;
          long c0 = threads.getCurrentThreadCpuTime();
          long t0 = System.nanoTime();
          for (int i = 0; i < PER_ROUND; i++) {
            switch (which) {
              case 0 -> b.baselineJcaAesGcm();
              case 1 -> b.seal();
              default -> b.sealOnOneThread();
            }
          }
          wall[which][r] = (System.nanoTime() - t0) / 1e3 / PER_ROUND;
          cpu[which][r] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / PER_ROUND;
        }
        sealRatio.add(wall[0][r] / wall[1][r]);
        oneRatio.add(wall[0][r] / wall[2][r]);
      }
      System.out.printf("%-8s %9.0f µs %9.0f µs %9.0f µs   %.2f  %.2f;  %.0f  %.0f  %.0f%n", recipient, median(wall[0]), median(wall[1]), median(wall[2]),
          median(sealRatio), median(oneRatio), median(cpu[0]), median(cpu[1]), median(cpu[2]));
    }
  }

  static double median(double[] values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return median(list);
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
