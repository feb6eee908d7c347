package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Documents that once exhausted a 256 MB heap or ran for most of a minute end, in a JVM with that
 * heap, in an {@code InvalidInputException} — well within a generous time limit that only catches
 * a hang.
 */
class SmallHeapReadingTest {

  @ParameterizedTest
  @ValueSource(strings = {"nested-long-keys", "nested-long-keys-raised-limits", "yaml-scalar-30mb", "yaml-number-1mb"})
  void aHostileDocumentEndsInAProblem(String name) throws Exception {
    String classpath = Stream.of(
            Path.of(SmallHeapReading.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
            System.getProperty("jdk.module.path", ""),
            System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .filter(p -> !p.isBlank())
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
    Path log = Files.createTempFile("small-heap", ".log");
    Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-cp", classpath, SmallHeapReading.class.getName(), name)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean finished = process.waitFor(60, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly().waitFor();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.delete(log);
    assertTrue(finished, name + " did not finish within the time limit");
    assertTrue(output.contains("outcome=invalid:"), output);
  }
}
