package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Streams a generated 64 MiB CSV through record pseudonymisation in a separate JVM whose heap is
 * capped at 24 MiB: if anything held the file, or a growing part of it, in memory the run would die
 * of an OutOfMemoryError. The 1 GiB run is the same with argument 1024 (see the benchmarks).
 */
class BoundedMemoryTest {
  static final int MEGABYTES = 64;

  @Test
  void aFileFarLargerThanTheHeapStreamsThrough() throws Exception {
    String classpath = Stream.of(
            Path.of(BoundedMemoryRun.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString(),
            System.getProperty("jdk.module.path", ""),
            System.getProperty("java.class.path", ""))
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .filter(p -> !p.isBlank())
        .distinct()
        .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx24m", "-cp", classpath, BoundedMemoryRun.class.getName(), String.valueOf(MEGABYTES)));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the run timed out");
    assertEquals(0, process.exitValue(), output);
    Matcher m = Pattern.compile("records=(\\d+) bytesRead=(\\d+) .*maxHeapMB=(\\d+)").matcher(output);
    assertTrue(m.find(), output);
    assertTrue(Long.parseLong(m.group(2)) >= (long) MEGABYTES << 20, output);
    assertTrue(Long.parseLong(m.group(1)) > 300_000, output);
    assertTrue(Long.parseLong(m.group(3)) <= 32, "the child's heap was not capped: " + output);
  }
}
