package io.github.trygg.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadmeFiguresTest {
  /** Two benchmarks as JMH writes them: one in throughput with a parameter, one in time per operation. */
  static final String RUN = """
      [
        {"jmhVersion":"1.37","benchmark":"io.github.trygg.benchmarks.message.SealBenchmark.rawGcm","mode":"thrpt","threads":1,"forks":1,
         "jvm":"/usr/bin/java","jvmArgs":[],"jdkVersion":"17.0.9","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.9+9",
         "warmupIterations":3,"warmupTime":"1 s","warmupBatchSize":1,"measurementIterations":5,"measurementTime":"1 s","measurementBatchSize":1,
         "params":{"recipient":"P256"},
         "primaryMetric":{"score":2000.0,"scoreError":10.0,"scoreConfidence":[1990.0,2010.0],"scorePercentiles":{},"scoreUnit":"ops/s","rawData":[[2000.0]]},
         "secondaryMetrics":{}},
        {"jmhVersion":"1.37","benchmark":"io.github.trygg.benchmarks.message.SealBenchmark.seal","mode":"thrpt","threads":1,"forks":1,
         "jvm":"/usr/bin/java","jvmArgs":[],"jdkVersion":"17.0.9","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.9+9",
         "warmupIterations":3,"warmupTime":"1 s","warmupBatchSize":1,"measurementIterations":5,"measurementTime":"1 s","measurementBatchSize":1,
         "params":{"recipient":"P256"},
         "primaryMetric":{"score":1500.0,"scoreError":"NaN","scoreConfidence":[1500.0,1500.0],"scorePercentiles":{},"scoreUnit":"ops/s","rawData":[[1500.0]]},
         "secondaryMetrics":{}},
        {"jmhVersion":"1.37","benchmark":"io.github.trygg.benchmarks.dsr.RecoveryBenchmark.open","mode":"avgt","threads":1,"forks":1,
         "jvm":"/usr/bin/java","jvmArgs":[],"jdkVersion":"17.0.9","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.9+9",
         "warmupIterations":1,"warmupTime":"1 s","warmupBatchSize":1,"measurementIterations":5,"measurementTime":"1 s","measurementBatchSize":1,
         "primaryMetric":{"score":800.0,"scoreError":200.0,"scoreConfidence":[600.0,1000.0],"scorePercentiles":{},"scoreUnit":"ms/op","rawData":[[800.0]]},
         "secondaryMetrics":{}},
        {"jmhVersion":"1.37","benchmark":"io.github.trygg.benchmarks.dsr.RecoveryBenchmark.readAndCheck","mode":"avgt","threads":1,"forks":1,
         "jvm":"/usr/bin/java","jvmArgs":[],"jdkVersion":"17.0.9","vmName":"OpenJDK 64-Bit Server VM","vmVersion":"17.0.9+9",
         "warmupIterations":1,"warmupTime":"1 s","warmupBatchSize":1,"measurementIterations":5,"measurementTime":"1 s","measurementBatchSize":1,
         "primaryMetric":{"score":200.0,"scoreError":1.0,"scoreConfidence":[199.0,201.0],"scorePercentiles":{},"scoreUnit":"ms/op","rawData":[[200.0]]},
         "secondaryMetrics":{}}
      ]
      """;

  static final String README = """
      # Benchmarks

      <!-- machine -->
      typed by hand, replaced
      <!-- /machine -->

      <!-- figures SealBenchmark rows=recipient ratio=seal/rawGcm>=0.75 -->
      | stale |
      <!-- /figures -->

      <!-- figures RecoveryBenchmark ratio=readAndCheck/open -->
      | stale |
      <!-- /figures -->

      <!-- figures PropagationBenchmark rows=systems ratio=engine/naiveFixpoint -->
      | from an earlier run |
      <!-- /figures -->
      """;

  @Test
  void everyFigureAndRatioComesFromTheRun() {
    List<String> left = new ArrayList<>();
    String out = ReadmeFigures.render(README, ReadmeFigures.Result.all(ReadmeFigures.Json.parse(RUN)), "2 cores, test machine", left);
    assertTrue(out.contains("""
        <!-- machine -->
        2 cores, test machine

        JMH 1.37, OpenJDK 64-Bit Server VM 17.0.9; 1 fork(s), 3 warm-up and 5 measured iterations per benchmark.
        <!-- /machine -->"""), out);
    assertTrue(out.contains("""
        | recipient | rawGcm (ops/s) | seal (ops/s) | seal ÷ rawGcm | ≥ 0.75× |
        |---|---:|---:|---:|---:|
        | P256 | 2 000 | 1 500 | 0.75× | met |
        """), out);
    // Time per operation: the ratio is the speed, so the open that takes four times as long is 0.25×.
    assertTrue(out.contains("""
        | open (ms/op) | readAndCheck (ms/op) | readAndCheck ÷ open |
        |---:|---:|---:|
        | 800 (±25 %) | 200 | 4.00× |
        """), out);
    assertTrue(out.contains("| from an earlier run |"), "a benchmark not in the run is left as it was");
    assertEquals(List.of("PropagationBenchmark rows=systems ratio=engine/naiveFixpoint"), left);
    assertTrue(!out.contains("stale") && !out.contains("typed by hand"), out);
  }

  @Test
  void numbersKeepThreeSignificantDigitsAndGroupThousands() {
    assertEquals("1 035", ReadmeFigures.number(1035.4));
    assertEquals("16 481", ReadmeFigures.number(16481));
    assertEquals("4.36", ReadmeFigures.number(4.3612));
    assertEquals("0.761", ReadmeFigures.number(0.7612));
    assertEquals("65.5", ReadmeFigures.number(65.54));
  }

  @Test
  void aMarkerThatCannotBeReadSaysWhy() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReadmeFigures.Spec.parse("SealBenchmark ratio=seal"));
    assertTrue(e.getMessage().contains("expected ratio=a/b"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ReadmeFigures.Json.parse("[{\"a\":1,}"));
    assertTrue(e.getMessage().contains("offset"), e.getMessage());
  }
}
