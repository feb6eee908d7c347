package io.github.trygg.benchmarks.propagation;

import io.github.trygg.core.propagation.DataForwarding;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.PropagationSettings;
import io.github.trygg.core.register.Register;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Heap the propagation needs, which JMH's allocation counters do not show: the register is built,
 * the heap's peak is reset, one full propagation runs, and the peak and what the result keeps are
 * reported. With {@code -Dtiming=true} it first times repeated runs of the engine and of the naive
 * fixpoint in thread CPU time, which a shared machine disturbs less than wall time. Run in a JVM
 * limited to 2 GB:
 * {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.propagation.HeapCheck 100000}.
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) {
    int systems = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    DataForwarding forwarding = args.length > 1 ? DataForwarding.valueOf(args[1]) : DataForwarding.AS_DECLARED;
    Register register = GeneratedRegisters.generate(systems, PropagationBenchmark.FLOWS_PER_SYSTEM, PropagationBenchmark.DEPTH, 20260416L + systems);
    long registerBytes = settledHeap();
    PropagationSettings settings = PropagationSettings.builder().forwarding(forwarding).build();
    if (Boolean.getBoolean("timing")) {
      // Thread CPU time as well as wall time: on a shared machine the first is the steadier.
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (int k = 0; k < 8; k++) {
        long t0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        PropagationResult r = Propagation.of(settings).run(register);
        int n = r.findings().size() + r.reviews().size();
        long c1 = threads.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        long texts = 0;
        for (var f : r.findings()) {
          texts += f.message().en().length();
        }
        long c2 = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "run %d: propagation %d ms wall, %d ms cpu (%d findings and reviews); reading every finding's texts %d ms cpu (%d chars)%n",
            k, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, n, (c2 - c1) / 1_000_000, texts);
      }
      for (int k = 0; k < 3; k++) {
        long c0 = threads.getCurrentThreadCpuTime();
        NaiveFixpointBaseline naive = NaiveFixpointBaseline.run(register, forwarding == DataForwarding.PASS_THROUGH);
        long c1 = threads.getCurrentThreadCpuTime();
        System.out.printf(Locale.ROOT, "naive %d: %d ms cpu, %d rounds%n", k, (c1 - c0) / 1_000_000, naive.rounds);
      }
      registerBytes = settledHeap();
    }
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    PropagationResult result = Propagation.of(settings).run(register);
    int findings = result.findings().size();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    long withResult = settledHeap();
    System.out.printf(Locale.ROOT, "systems=%d flows=%d forwarding=%s first-run=%d ms findings=%d reviews=%d%n",
        systems, register.integrations().size(), forwarding, millis, findings, result.reviews().size());
    System.out.printf(Locale.ROOT, "heap: register %.0f MB, peak during propagation (register included) %.0f MB, result kept %.0f MB, max %.0f MB%n",
        mb(registerBytes), mb(peak), mb(withResult - registerBytes), mb(Runtime.getRuntime().maxMemory()));
    System.out.println("findings: " + result.findings().stream()
        .collect(java.util.stream.Collectors.groupingBy(f -> f.kind(), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
    System.out.println("reviews: " + result.reviews().stream()
        .collect(java.util.stream.Collectors.groupingBy(r -> r.trigger(), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
  }

  private static long settledHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 3; k++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double mb(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
