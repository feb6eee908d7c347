package io.github.trygg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Starts a separate JVM with everything on the module path, as a modular consumer would. Surefire's
 * own module-path runs add opens that hide a missing {@code exports} or {@code opens}; this does not.
 */
class ModulePathTest {

  static String modulePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.endsWith("test-classes"))
        .filter(p -> !Paths.get(p).getFileName().toString().startsWith("junit-"))
        .filter(p -> !Paths.get(p).getFileName().toString().startsWith("opentest4j"))
        .filter(p -> !Paths.get(p).getFileName().toString().startsWith("archunit"))
        .filter(p -> !Paths.get(p).getFileName().toString().startsWith("surefire"))
        // The tool's own libraries: the examples module needs them only at compile time.
        .filter(p -> !p.contains("/org/eclipse/") && !p.contains("/com/google/") && !p.contains("/info/picocli/") && !p.contains("/com/samskivert/"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  static Result run(String mainClass, String... args) throws IOException, InterruptedException {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("--module-path");
    command.add(modulePath());
    command.add("--module");
    command.add("io.github.trygg.examples/" + mainClass);
    command.addAll(Arrays.asList(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(2, TimeUnit.MINUTES), "module-path run timed out");
    return new Result(process.exitValue(), output);
  }

  record Result(int exitCode, String output) {}

  @Test
  void consumerRunsOnTheModulePath() throws Exception {
    Result result = run("io.github.trygg.examples.ModulePathConsumer");
    assertEquals(0, result.exitCode(), result.output());
    assertTrue(result.output().contains("Language from io.github.trygg.core"), result.output());
    assertTrue(result.output().contains("CryptoException from io.github.trygg.crypto"), result.output());
    assertTrue(result.output().contains("DsrException from io.github.trygg.dsr"), result.output());
    assertTrue(result.output().contains("SecureEnvelopes from io.github.trygg.crypto"), result.output());
    assertTrue(result.output().contains("unencrypted e-mail with health data: DENY"), result.output());
    assertTrue(result.output().contains("Swedish deadlines in Europe/Stockholm"), result.output());
    assertTrue(result.output().contains("examples module: io.github.trygg.examples"), result.output());
  }
}
