package io.github.trygg.benchmarks.propagation;

import io.github.trygg.core.propagation.DataForwarding;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.PropagationSettings;
import io.github.trygg.core.propagation.ReviewItem;
import io.github.trygg.core.register.Register;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The propagation benchmark's three measurements in thread CPU time, which another process on a
 * shared machine disturbs far less than wall time: per register size and forwarding mode the median
 * of several runs of the engine, of the engine with every finding's and review's text rendered, and
 * of the naive fixpoint, with the ratios the targets are stated in. Arguments: sizes (default
 * {@code 1000,10000,100000}), runs (default 7), naive runs (default 3), forwarding modes (default
 * both). Run in a JVM limited to 2 GB, as the JMH fork is:
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.propagation.EngineCpu}.
 */
public final class EngineCpu {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private EngineCpu() {}

  public static void main(String[] args) {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,10000,100000").split(",")).mapToInt(Integer::parseInt).toArray();
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    int naiveRuns = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    DataForwarding[] modes = args.length > 3
        ? Arrays.stream(args[3].split(",")).map(DataForwarding::valueOf).toArray(DataForwarding[]::new)
        : DataForwarding.values();
    for (DataForwarding mode : modes) {
      double[] engine = new double[sizes.length];
      for (int k = 0; k < sizes.length; k++) {
        int systems = sizes[k];
        Register register = GeneratedRegisters.generate(systems, PropagationBenchmark.FLOWS_PER_SYSTEM, PropagationBenchmark.DEPTH,
            20260416L + systems);
        PropagationSettings settings = PropagationSettings.builder().forwarding(mode).build();
        boolean passThrough = mode == DataForwarding.PASS_THROUGH;
        PropagationBenchmark.agree(Propagation.of(settings).run(register), NaiveFixpointBaseline.run(register, passThrough));
        // Warm up on this register so that every size is measured compiled.
        int warm = Math.max(3, 3_000_000 / (systems * PropagationBenchmark.FLOWS_PER_SYSTEM));
        for (int w = 0; w < warm; w++) {
          engineOnly(settings, register);
          withTexts(settings, register);
        }
        double plain = median(runs, () -> engineOnly(settings, register));
        double texts = median(runs, () -> withTexts(settings, register));
        double naive = median(naiveRuns, () -> NaiveFixpointBaseline.run(register, passThrough).rounds);
        engine[k] = plain;
        System.out.printf(Locale.ROOT, "%-12s systems=%6d flows=%7d engine %8.1f ms  with texts %8.1f ms (%.2fx)  naive %9.1f ms  naive/engine %5.1fx%s%n",
            mode, systems, register.integrations().size(), plain, texts, texts / plain, naive, naive / plain,
            k > 0 ? String.format(Locale.ROOT, "  x%.1f for x%d systems", plain / engine[k - 1], systems / sizes[k - 1]) : "");
      }
      if (sizes.length > 1) {
        System.out.printf(Locale.ROOT, "%-12s %d -> %d systems: x%.1f time%n", mode, sizes[0], sizes[sizes.length - 1],
            engine[sizes.length - 1] / engine[0]);
      }
    }
  }

  private static long engineOnly(PropagationSettings settings, Register register) {
    PropagationResult result = Propagation.of(settings).run(register);
    return result.findings().size() + result.reviews().size();
  }

  /** As the JMH benchmark's {@code engineWithTexts}: every finding and review item read with its texts. */
  private static long withTexts(PropagationSettings settings, Register register) {
    PropagationResult result = Propagation.of(settings).run(register);
    long n = 0;
    for (Finding f : result.findings()) {
      n += f.message().en().length() + f.title().en().length();
    }
    for (ReviewItem r : result.reviews()) {
      n += r.message().en().length() + r.title().en().length();
    }
    return n;
  }

  /** Median thread CPU time of {@code runs} calls, in milliseconds. */
  private static double median(int runs, java.util.function.LongSupplier work) {
    if (runs == 0) {
      return Double.NaN;
    }
    double[] ms = new double[runs];
    long sink = 0;
    for (int k = 0; k < runs; k++) {
      long c0 = THREADS.getCurrentThreadCpuTime();
      sink += work.getAsLong();
      ms[k] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
    }
    if (sink == 42) {
      System.out.print("");
    }
    Arrays.sort(ms);
    return ms[runs / 2];
  }
}
