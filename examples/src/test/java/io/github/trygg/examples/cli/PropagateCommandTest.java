package io.github.trygg.examples.cli;

import static io.github.trygg.examples.cli.CliRun.PROFILE;
import static io.github.trygg.examples.cli.CliRun.REGISTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class PropagateCommandTest {
  @TempDir Path tmp;

  @Test
  void levelsWithTracesAndFindingsSoTheExitCodeSaysFindings() {
    CliRun run = CliRun.of("propagate", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    // The alarm report reaches the journal for follow-up: the journal keeps its own availability.
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("journal ") && l.matches(".*3 3 2 3 +3 3 2 3.*")), run.out());
    assertTrue(run.out().contains("Availability 2: R1 from information asset brukaruppgifter: system journal"), run.out());
    assertTrue(run.out().contains("Confidentiality 3: R3 from information asset larmhandelser: system fallsensorer → integration sensor-till-plattform"), run.out());
    assertTrue(run.out().contains("[high] R2: Flow Positioner från GPS-larm crosses an open network unencrypted"), run.out());
    assertTrue(run.out().contains("[high] R6: Override datalager-pseudonymiserat for Datalager för uppföljning rests on pseudonymised data only"), run.out());
    assertFalse(run.out().contains("[critical]"), run.out());
    assertTrue(run.out().contains("[review] R5 system datalager"), run.out());
    // Every rule id shown has its title in the legend at the end.
    String legend = run.out().substring(run.out().lastIndexOf("Rules:"));
    for (String id : new String[] {"R1", "R2", "R3", "R5", "R6"}) {
      assertTrue(legend.lines().anyMatch(l -> l.startsWith("  " + id + " — ") && l.length() > id.length() + 8), id + " in " + legend);
    }
    CliRun sv = CliRun.of("propagate", "--lang", "sv", PROFILE, REGISTER);
    assertTrue(sv.out().contains("\nRegler:\n  R1 — "), sv.out());
    assertTrue(sv.out().lines().findFirst().orElseThrow().contains("Krävd nivå (K R T S)"), "the level columns name their aspects: " + sv.out());
    assertTrue(run.out().lines().findFirst().orElseThrow().contains("Required (C I A T)"), run.out());
  }

  @Test
  void jsonForOneSystemInSwedish() {
    CliRun run = CliRun.of("propagate", "--format", "json", "--lang", "sv", "--system", "datalager", PROFILE, REGISTER);
    assertEquals(Trygg.FINDINGS, run.exitCode(), run.toString());
    JsonNode root = run.json();
    JsonNode warehouse = root.get("systems").get(0);
    assertEquals("datalager", warehouse.get("id").asString());
    JsonNode c = warehouse.get("levels").get("confidentiality");
    // The pseudonymisation override is contradicted by the alarm events on the export: not applied.
    assertEquals(3, c.get("level").asInt());
    assertEquals("R3", c.get("rule").asString());
    assertFalse(c.has("override"), c.toString());
    for (JsonNode f : root.get("findings")) {
      assertEquals("system:datalager", f.get("subject").asString(), "only the system asked for");
    }
    assertTrue(root.get("findings").get(0).get("message").asString().contains("Datalager för uppföljning"), root.toString());
  }

  @Test
  void graphsForGraphvizAndMermaid() {
    CliRun dot = CliRun.of("propagate", "--graph", "dot", PROFILE, REGISTER);
    assertTrue(dot.out().startsWith("digraph trygg {"), dot.out());
    CliRun mermaid = CliRun.of("propagate", "--graph", "mermaid", PROFILE, REGISTER);
    assertTrue(mermaid.out().contains("flowchart LR"), mermaid.out());
    CliRun svg = CliRun.of("propagate", "--graph", "svg", PROFILE, REGISTER);
    assertEquals(Trygg.BAD_INPUT, svg.exitCode());
    assertTrue(svg.err().contains("--graph must be dot or mermaid"), svg.err());
  }

  @Test
  void aChainWithoutFindingsExitsZero() throws IOException {
    Path register = tmp.resolve("register.yaml");
    Files.writeString(register, "format: trygg-register/1\nassets:\n  - id: menus\n    name: Lunchmenyer\nsystems:\n  - id: web\n    name: Webb\n"
        + "    assetsStored: [menus]\n");
    CliRun run = CliRun.of("propagate", register.toString());
    assertEquals(Trygg.OK, run.exitCode(), run.toString());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("web") && l.contains("0 0 0 0")), run.out());
  }
}
