package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever stops the tool — the JVM's own errors included — ends in one plain line and exit code 3. */
class CouldNotFinishTest {
  @TempDir Path tmp;

  @Test
  void anErrorOfTheJvmIsOnePlainLineAndExitCodeThree() {
    StringWriter err = new StringWriter();
    int code = Trygg.couldNotFinish(new OutOfMemoryError("Java heap space"), false, new PrintWriter(err, true));
    assertEquals(Trygg.UNEXPECTED, code);
    assertEquals(List.of("trygg: Trygg could not finish: the JVM ran out of memory (a larger -Xmx may help); run again with --stacktrace for details"),
        err.toString().lines().toList());
    StringWriter traced = new StringWriter();
    Trygg.couldNotFinish(new StackOverflowError(), true, new PrintWriter(traced, true));
    assertTrue(traced.toString().startsWith("trygg: Trygg could not finish: the JVM ran out of stack\n"), traced.toString());
    assertTrue(traced.toString().contains("\tat "), "--stacktrace still shows the trace");
  }

  /** The real tool in a JVM whose heap cannot hold a large register: out of memory, said in one line. */
  @Test
  void runningOutOfMemoryEndsInOneLineAndCodeThree() throws Exception {
    Path big = tmp.resolve("big.yaml");
    try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
      w.write("format: trygg-register/1\nsystems:\n");
      String description = "x".repeat(80);
      for (int i = 0; i < 120_000; i++) {
        w.write("  - id: s" + i + "\n    name: System " + i + "\n    description: " + description + "\n");
      }
    }
    String classpath = Stream.of(
            Path.of(Trygg.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
            System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .filter(p -> !p.isBlank())
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
    Path log = tmp.resolve("err.log");
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m", "-cp", classpath,
        Trygg.class.getName(), "validate", big.toString())).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run timed out");
    String output = Files.readString(log);
    assertEquals(Trygg.UNEXPECTED, process.exitValue(), output);
    assertEquals(List.of("trygg: Trygg could not finish: the JVM ran out of memory (a larger -Xmx may help); run again with --stacktrace for details"),
        output.lines().toList());
    assertFalse(output.contains("\tat ") || output.contains("Exception in thread"), output);
  }
}
