package io.github.trygg.benchmarks.message;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The ratios of {@link StreamSealBenchmark} without JMH: each operation and its JDK baseline run in
 * alternating rounds on the same data, timed in the thread's CPU time (which other processes on a
 * shared machine disturb less than wall time), and the medians are compared.
 *
 * <pre>{@code
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar io.github.trygg.benchmarks.message.StreamThroughput 256 15
 * }</pre>
 */
public final class StreamThroughput {
  private StreamThroughput() {}

  public static void main(String[] args) throws Exception {
    StreamSealBenchmark b = new StreamSealBenchmark();
    b.size = args.length > 0 ? Integer.parseInt(args[0]) : 256;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    b.setUp();
    Map<String, Callable<Object>> operations = new LinkedHashMap<>();
    operations.put("jdk-gcm-encrypt", b::baselineJdkGcmEncrypt);
    operations.put("seal-stream", b::sealStream);
    operations.put("jdk-gcm-encrypt+sha256", b::baselineJdkGcmEncryptAndSha256);
    operations.put("seal-signed-stream", b::sealSignedStream);
    operations.put("jdk-gcm-decrypt", b::baselineJdkGcmDecrypt);
    operations.put("open-stream", b::openStream);
    operations.put("jdk-gcm-decrypt+sha256", b::baselineJdkGcmDecryptAndSha256);
    operations.put("open-and-verify-stream", b::openAndVerifyStream);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<String, List<Double>> rates = new LinkedHashMap<>();
    operations.keySet().forEach(k -> rates.put(k, new ArrayList<>()));
    double megabytes = b.size * 1.048576;
    for (int round = -3; round < rounds; round++) { // three rounds of warm-up
      for (Map.Entry<String, Callable<Object>> e : operations.entrySet()) {
        long cpu = threads.getCurrentThreadCpuTime();
        e.getValue().call();
        double seconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
        if (round >= 0) {
          rates.get(e.getKey()).add(megabytes / seconds);
        }
      }
    }
    Map<String, Double> median = new LinkedHashMap<>();
    rates.forEach((k, v) -> {
      Collections.sort(v);
      median.put(k, v.get(v.size() / 2));
    });
    median.forEach((k, v) -> System.out.printf("%-24s %8.0f MB/s%n", k, v));
    System.out.printf("seal / jdk encrypt          %.2f%n", median.get("seal-stream") / median.get("jdk-gcm-encrypt"));
    System.out.printf("open / jdk decrypt          %.2f%n", median.get("open-stream") / median.get("jdk-gcm-decrypt"));
    System.out.printf("signed seal / jdk encrypt   %.2f (against encrypt+SHA-256: %.2f)%n", median.get("seal-signed-stream") / median.get("jdk-gcm-encrypt"),
        median.get("seal-signed-stream") / median.get("jdk-gcm-encrypt+sha256"));
    System.out.printf("open+verify / jdk decrypt   %.2f (against decrypt+SHA-256: %.2f)%n", median.get("open-and-verify-stream") / median.get("jdk-gcm-decrypt"),
        median.get("open-and-verify-stream") / median.get("jdk-gcm-decrypt+sha256"));
  }
}
