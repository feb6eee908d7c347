package io.github.trygg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README snippets are compiled code: every {@code <!-- snippet: name -->} block in README.md must
 * equal the region {@code // snippet:start name} … {@code // snippet:end} in the examples sources.
 */
class ReadmeSnippetsTest {
  private static final Pattern README_BLOCK = Pattern.compile("<!-- snippet: ([\\w-]+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CODE_REGION = Pattern.compile("// snippet:start ([\\w-]+)\\n(.*?)\\n[ \\t]*// snippet:end", Pattern.DOTALL);

  @Test
  void readmeSnippetsMatchTheCompiledExamples() throws IOException {
    Map<String, String> code = codeRegions();
    Matcher m = README_BLOCK.matcher(Files.readString(Path.of("../README.md")));
    int found = 0;
    while (m.find()) {
      found++;
      String name = m.group(1);
      assertTrue(code.containsKey(name), "README snippet '" + name + "' has no region in examples");
      assertEquals(code.get(name), m.group(2).stripTrailing(), "README snippet '" + name + "' differs from the examples code");
    }
    assertTrue(found > 0, "README has no snippets");
  }

  @Test
  void quickStartRunsOnTheSampleRegister() {
    assertFalse(QuickStart.register(Path.of("registers/exempelkommun")).systems().isEmpty());
  }

  @Test
  void theChainSnippetExplainsTheWarehouseByAPathIntoIt() {
    var chain = QuickStart.chain(QuickStart.register(Path.of("registers/exempelkommun")));
    var path = chain.system("datalager").orElseThrow().level(io.github.trygg.core.classification.SecurityAspect.TRACEABILITY).trace().path();
    assertTrue(path.size() > 1, path.toString());
    assertEquals("datalager", path.get(path.size() - 1).id());
    assertFalse(chain.findings().isEmpty());
  }

  @Test
  void theMessageSnippetDeniesAnSmsWithoutTheExceptionsConditions() {
    assertEquals(io.github.trygg.core.message.Verdict.DENY, QuickStart.message("Påminnelse: besök torsdag kl 10.").verdict());
  }

  static Map<String, String> codeRegions() throws IOException {
    Map<String, String> regions = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        Matcher m = CODE_REGION.matcher(Files.readString(file));
        while (m.find()) {
          regions.put(m.group(1), dedent(m.group(2)));
        }
      }
    }
    return regions;
  }

  private static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
