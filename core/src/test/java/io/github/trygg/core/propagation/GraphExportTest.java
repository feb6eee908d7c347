package io.github.trygg.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.trygg.core.Language;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.register.SampleRegisters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DOT and Mermaid exports: complete, escaped, and (where Graphviz is installed) accepted by Graphviz itself. */
class GraphExportTest {
  static final Register SAMPLE = SampleRegisters.exempelkommun();
  static final PropagationResult RESULT = Propagation.bundled().run(SAMPLE);

  @Test
  void dotHasEverySystemFlowDependencyAndHostingLink() {
    String dot = GraphExport.dot(RESULT, Language.SWEDISH);
    assertTrue(dot.startsWith("digraph trygg {\n") && dot.endsWith("}\n"));
    for (InformationSystem s : SAMPLE.systems()) {
      assertTrue(dot.contains("\n  \"" + s.id() + "\" [label=\"" + s.name()), s.id());
    }
    assertEquals(SAMPLE.integrations().size() + SAMPLE.dependencies().size()
        + SAMPLE.systems().stream().filter(s -> s.hostedOn().isPresent()).count(), count(dot, " -> "));
    // Swedish initials: konfidentialitet, riktighet, tillgänglighet, spårbarhet.
    assertTrue(dot.contains("\"arende-arkiv\" -> \"sms-gateway\" [label=\"Påminnelser om besök\\nK1* R1 T1 S0*"), "the overrides are marked: " + dot);
    assertTrue(dot.contains("\"datalager\" [label=\"Datalager för uppföljning\\nK3 R2 T1 S3\\n⚠"), dot);
    assertTrue(dot.contains("\"gps-enheter\" -> \"gps-larm\" [label=\"Positioner från GPS-larm\\nK3 R3 T3 S3\", color=\"#c62828\""),
        "an unencrypted flow is red");
    assertTrue(dot.contains("\"larmcentral\" -> \"larmplattform\" [label=\"beroende: R, T\", style=dotted"));
    assertTrue(GraphExport.dot(RESULT, Language.NORWEGIAN_BOKMAL).contains("\\nK3 I2 T1 S3\\n"), "Norwegian initials");
    assertTrue(GraphExport.dot(RESULT, Language.ENGLISH).contains("\\nC3 I2 A1 T3\\n"), "English initials");
    assertTrue(dot.contains("\"journal\" -> \"kommun-datacenter\" [label=\"driftas på\", style=dashed"));
  }

  @Test
  void mermaidHasTheSameGraph() {
    String mermaid = GraphExport.mermaid(RESULT, Language.ENGLISH);
    assertTrue(mermaid.contains("\nflowchart LR\n"));
    assertEquals(SAMPLE.systems().size(), mermaid.lines().filter(l -> l.matches("  class n\\d+ l\\d")).count(), "a level class per system");
    assertTrue(mermaid.lines().noneMatch(l -> l.startsWith("  class ") && l.contains(",")), "commas in a class statement would name nodes, not classes");
    assertEquals(SAMPLE.integrations().size() + SAMPLE.dependencies().size()
        + SAMPLE.systems().stream().filter(s -> s.hostedOn().isPresent()).count(), count(mermaid, "\"| n"));
    assertTrue(mermaid.contains("-.->|\"depends on: I, A\"|"));
    assertTrue(mermaid.contains("==>|\"hosted on\"|"));
    assertTrue(mermaid.contains("  linkStyle "));
  }

  @Test
  void namesThatLookLikeSyntaxAreEscaped() {
    Register r = Register.builder()
        .addAssets(Tiny.asset("x", 3, 1, 1, 1).build())
        .addSystems(Tiny.system("a").name("Quote \" back\\slash <b>|pipe</b>").addAssetsStored("x").build(), Tiny.system("b").build())
        .addIntegrations(Tiny.flow("a-b", "a", "b", "x").name("line\nbreak").build())
        .build();
    PropagationResult result = Propagation.bundled().run(r);
    String dot = GraphExport.dot(result, Language.ENGLISH);
    assertTrue(dot.contains("[label=\"Quote \\\" back\\\\slash <b>|pipe</b>\\nC3 I1 A1 T1\\n⚠"), dot);
    assertTrue(dot.contains("label=\"line\\nbreak\\nC3 I1 A1 T1\""), dot);
    String mermaid = GraphExport.mermaid(result, Language.ENGLISH);
    assertTrue(mermaid.contains("n0[\"Quote #quot; back\\slash #lt;b#gt;#124;pipe#lt;/b#gt;<br/>C3 I1 A1 T1<br/>⚠"), mermaid);
    assertTrue(mermaid.contains("|\"line<br/>break<br/>C3 I1 A1 T1\"|"), mermaid);
  }

  /** Graphviz is the real consumer of DOT: it must lay the sample out without a complaint. */
  @Test
  void graphvizRendersTheSample(@TempDir Path dir) throws IOException, InterruptedException {
    if (!onPath("dot")) {
      // CI installs Graphviz and sets this, so the check cannot pass there by skipping.
      assertFalse("1".equals(System.getenv("TRYGG_REQUIRE_GRAPHVIZ")), "TRYGG_REQUIRE_GRAPHVIZ=1 but Graphviz's dot is not on the PATH");
      assumeTrue(false, "Graphviz is not installed");
    }
    Path in = dir.resolve("sample.dot");
    Files.writeString(in, GraphExport.dot(RESULT, Language.NORWEGIAN_BOKMAL), StandardCharsets.UTF_8);
    Path svg = dir.resolve("sample.svg");
    Process p = new ProcessBuilder("dot", "-Tsvg", "-o", svg.toString(), in.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), output);
    assertEquals("", output.trim(), "Graphviz warned");
    String rendered = Files.readString(svg, StandardCharsets.UTF_8);
    for (InformationSystem s : SAMPLE.systems()) {
      // Graphviz writes hyphens as character references.
      assertTrue(rendered.contains(s.name().replace("&", "&amp;").replace("-", "&#45;")), s.name());
    }
  }

  static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }

  static long count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
