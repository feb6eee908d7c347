package org.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainHostTest {
  @Test
  void everydayJobsRunFromTheInstalledArtifacts(@TempDir Path work) {
    EverydayJobs.Summary s = EverydayJobs.runAll(Path.of(System.getProperty("samples")), Path.of(System.getProperty("policy")), work);
    System.out.println("Java " + Runtime.version() + ": " + s);
    assertTrue(s.systems() > 1);
    assertEquals(3, s.records());
    assertTrue(s.sealedBytes() > 0);
  }

  @Test
  void noJacksonOrYamlReachesTheHost() {
    for (String name : new String[] {"tools.jackson.databind.ObjectMapper", "com.fasterxml.jackson.annotation.JsonProperty", "org.snakeyaml.engine.v2.api.Load"}) {
      assertTrue(isAbsent(name), name + " is on the host's class path");
    }
  }

  static boolean isAbsent(String className) {
    try {
      Class.forName(className);
      return false;
    } catch (ClassNotFoundException e) {
      return true;
    }
  }
}
