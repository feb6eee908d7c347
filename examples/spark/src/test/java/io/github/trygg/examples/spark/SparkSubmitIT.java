package io.github.trygg.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example job through {@code org.apache.spark.deploy.SparkSubmit} — the class behind the
 * spark-submit script — in local mode, in a JVM of its own whose class path is Spark's jars only:
 * Trygg comes from the job's jar, as on a cluster.
 */
class SparkSubmitIT {
  /** What spark-submit adds on JDK 17 (org.apache.spark.launcher.JavaModuleOptions). */
  static final List<String> JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "--add-modules=jdk.incubator.vector",
      "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
      "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
      "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
      "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
      "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED", "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
      "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
      "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
      "--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true");

  @TempDir
  Path dir;

  @Test
  void theExampleJobRunsThroughSparkSubmitInLocalMode() throws IOException, InterruptedException {
    String sparkClasspath = Files.readString(Path.of(System.getProperty("spark.classpath.file"))).strip();
    assertTrue(sparkClasspath.contains("spark-core_2.13") && !sparkClasspath.contains("trygg"), "Spark's jars only");
    Path jar = Path.of(System.getProperty("example.jar"));
    assertTrue(Files.isRegularFile(jar), jar + " is built before the integration tests");

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(List.of("-Xmx1g", "-cp", sparkClasspath, "org.apache.spark.deploy.SparkSubmit",
        "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
        "--class", "io.github.trygg.examples.spark.PseudonymiseVisits", jar.toString(),
        "--policy", System.getProperty("example.policy"), "--keys", dir.resolve("keys.json").toString(), "--create-keys",
        "--generate", "5000", "--partitions", "4",
        "--in", dir.resolve("visits").toString(), "--in-format", "csv-lines",
        "--out", dir.resolve("pseudonymised").toString(), "--out-format", "parquet"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("submit.log").toFile());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("SPARK_HOME");
    Process p = pb.start();
    boolean finished = p.waitFor(8, TimeUnit.MINUTES);
    String log = Files.readString(dir.resolve("submit.log"), StandardCharsets.UTF_8);
    if (!finished) {
      p.destroyForcibly();
    }
    assertTrue(finished, "spark-submit did not finish:\n" + tail(log));
    assertEquals(0, p.exitValue(), tail(log));
    assertTrue(log.contains("pseudonymised 5000 records"), tail(log));
    assertTrue(log.contains("invalid values: 5"), tail(log));
    assertTrue(Files.exists(dir.resolve("pseudonymised").resolve("_SUCCESS")));
    try (Stream<Path> parts = Files.list(dir.resolve("pseudonymised"))) {
      assertTrue(parts.anyMatch(f -> f.getFileName().toString().endsWith(".parquet")));
    }
    // The generated identity numbers are not in the output.
    String firstInput = Files.list(dir.resolve("visits")).filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst()
        .map(f -> {
          try {
            return Files.readAllLines(f).get(1).split(",")[0];
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }).orElseThrow();
    for (File f : dir.resolve("pseudonymised").toFile().listFiles()) {
      assertTrue(!new String(Files.readAllBytes(f.toPath()), StandardCharsets.ISO_8859_1).contains(firstInput), f.toString());
    }
  }

  static String tail(String log) {
    return log.length() > 6000 ? log.substring(log.length() - 6000) : log;
  }
}
