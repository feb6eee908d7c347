package io.github.trygg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VersionTest {
  @Test
  void versionIsTheArtifactVersion() {
    String expected = System.getProperty("trygg.version");
    assertTrue(expected != null && !expected.isBlank() && !expected.contains("${"), "the build passes trygg.version: " + expected);
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("trygg " + expected, run.out().lines().findFirst().orElseThrow(), run.toString());
    assertTrue(run.out().contains("Java " + Runtime.version()), run.toString());
  }
}
