package io.github.trygg.benchmarks.propagation;

import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.propagation.DataForwarding;
import io.github.trygg.core.propagation.Finding;
import io.github.trygg.core.propagation.Propagation;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.PropagationSettings;
import io.github.trygg.core.propagation.ReviewItem;
import io.github.trygg.core.register.Register;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full propagation (levels, traces' records, clearances, recovery, flags, findings and review items)
 * on generated registers of 1 000, 10 000 and 100 000 systems with ten flows each and chains 50
 * deep, against the naive fixpoint of the same rules in the same run. The fork is limited to a
 * 2 GB heap, which the register and the propagation must fit in. Before measuring, the setup
 * checks that engine and baseline agree on every required level.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class PropagationBenchmark {
  static final int FLOWS_PER_SYSTEM = 10;
  static final int DEPTH = 50;

  @Param({"1000", "10000", "100000"})
  public int systems;

  @Param({"AS_DECLARED", "PASS_THROUGH"})
  public DataForwarding forwarding;

  Register register;
  PropagationSettings settings;

  @Setup(Level.Trial)
  public void setUp() {
    register = GeneratedRegisters.generate(systems, FLOWS_PER_SYSTEM, DEPTH, 20260416L + systems);
    settings = PropagationSettings.builder().forwarding(forwarding).build();
    NaiveFixpointBaseline naive = NaiveFixpointBaseline.run(register, forwarding == DataForwarding.PASS_THROUGH);
    agree(Propagation.of(settings).run(register), naive);
    System.out.println("register: " + register.systems().size() + " systems, " + register.integrations().size() + " flows; naive fixpoint: "
        + naive.rounds + " rounds");
  }

  /** The engine and the baseline must compute the same levels, or the comparison means nothing. */
  static void agree(PropagationResult engine, NaiveFixpointBaseline naive) {
    for (int s = 0; s < naive.systemIds.length; s++) {
      Levels levels = engine.required(naive.systemIds[s]).orElseThrow();
      for (SecurityAspect a : SecurityAspect.values()) {
        int expected = Math.max(0, NaiveFixpointBaseline.levelOf(naive.systems[a.ordinal()][s]));
        if (levels.get(a).ordinal() != expected) {
          throw new IllegalStateException("engine and baseline disagree on " + naive.systemIds[s] + " " + a
              + ": " + levels.get(a).ordinal() + " vs " + expected);
        }
      }
    }
  }

  /** Levels, clearances, recovery, flags, findings and review items, sorted; texts built when read. */
  @Benchmark
  public int engine() {
    PropagationResult result = Propagation.of(settings).run(register);
    return result.findings().size() + result.reviews().size();
  }

  /** As {@link #engine()}, and every finding and review item read, with its texts in three languages. */
  @Benchmark
  public long engineWithTexts() {
    PropagationResult result = Propagation.of(settings).run(register);
    long n = 0;
    for (Finding f : result.findings()) {
      n += f.message().en().length();
    }
    for (ReviewItem r : result.reviews()) {
      n += r.message().en().length();
    }
    return n;
  }

  @Benchmark
  public int naiveFixpoint() {
    return NaiveFixpointBaseline.run(register, forwarding == DataForwarding.PASS_THROUGH).rounds;
  }
}
