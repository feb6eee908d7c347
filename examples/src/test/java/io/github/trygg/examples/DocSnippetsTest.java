package io.github.trygg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trygg.examples.Docs.Block;
import io.github.trygg.examples.Docs.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Java block in README.md, docs/ and examples/README.md is code that compiles and runs. A
 * {@code <!-- snippet: name -->} block equals the region {@code // snippet:start name} …
 * {@code // snippet:end} of an example (or of the starter's tests), and a test runs the class that
 * holds the region and checks what it did. A Java block without a snippet marker fails the build,
 * unless it is marked {@code <!-- not compiled: reason -->}. Snippets in other languages (the
 * openssl commands, a policy file, SQL, properties) are read from the document by name by the test
 * that runs them. See docs/api-conventions.md and examples/README.md.
 */
class DocSnippetsTest {
  /** Blocks deliberately not compiled, at most this many: each says why in its marker. */
  private static final int MAX_NOT_COMPILED = 2;
  /**
   * Documents whose snippets live outside examples/ and that need not link to them, with the reason.
   * docs/spring-boot.md's code is the starter's own test (SpringBootDocTest, which the document
   * names); its prose is maintained with the starter.
   */
  private static final Map<String, String> LINK_EXEMPT = Map.of("docs/spring-boot.md", "its code is in the starter's tests, which it names");

  private static Map<Path, List<Block>> blocks;
  private static Map<String, Region> regions;
  private static List<Path> testSources;

  @BeforeAll
  static void read() throws IOException {
    blocks = new LinkedHashMap<>();
    for (Path doc : Docs.markdown()) {
      blocks.put(doc, Docs.blocks(doc));
    }
    regions = Docs.regions();
    testSources = new ArrayList<>();
    for (Path root : Docs.REGION_ROOTS) {
      if (root.toString().contains("/src/test/") && Files.isDirectory(root)) {
        try (Stream<Path> files = Files.walk(root)) {
          files.filter(p -> p.toString().endsWith(".java")).forEach(testSources::add);
        }
      }
    }
  }

  private static Stream<Block> all() {
    return blocks.values().stream().flatMap(List::stream);
  }

  @Test
  void theDocumentsHaveSnippetsAndTheExamplesHaveRegions() {
    assertTrue(all().filter(b -> b.snippet().isPresent()).count() >= 20, "too few snippets found: is the parser still reading the documents?");
    assertTrue(regions.size() >= 20, regions.keySet().toString());
    assertTrue(blocks.keySet().stream().anyMatch(p -> p.endsWith("README.md")));
  }

  @Test
  void everyJavaBlockIsASnippetOrSaysWhyItIsNotCompiled() {
    List<String> bare = all().filter(b -> b.language().equals("java") && b.snippet().isEmpty() && b.notCompiled().isEmpty())
        .map(Block::where).toList();
    assertEquals(List.of(), bare, "Java blocks without <!-- snippet: name --> (compiled and run in examples/) "
        + "or <!-- not compiled: reason --> in front of them");
  }

  @Test
  void blocksNotCompiledAreFewAndSayWhy() {
    List<Block> notCompiled = all().filter(b -> b.notCompiled().isPresent()).toList();
    for (Block b : notCompiled) {
      assertTrue(b.notCompiled().orElseThrow().length() >= 10, b.where() + ": say why the block is not compiled");
      assertEquals("java", b.language(), b.where() + ": only Java blocks need the marker");
    }
    assertTrue(notCompiled.size() <= MAX_NOT_COMPILED,
        "more blocks not compiled than the " + MAX_NOT_COMPILED + " allowed: " + notCompiled.stream().map(Block::where).toList());
  }

  @Test
  void everySnippetEqualsItsRegion() {
    List<String> problems = new ArrayList<>();
    all().filter(b -> b.snippet().isPresent()).forEach(b -> {
      String name = b.snippet().orElseThrow();
      Region region = regions.get(name);
      if (region == null) {
        if (b.language().equals("java")) {
          problems.add(b.where() + ": the Java snippet '" + name + "' has no region // snippet:start " + name + " in " + Docs.REGION_ROOTS);
        }
        return;
      }
      if (!region.text().equals(b.text())) {
        problems.add(b.where() + ": the snippet '" + name + "' differs from " + Docs.ROOT.relativize(region.file()) + "\n" + diff(region.text(), b.text()));
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void aSnippetWithoutARegionIsReadByTheTestThatRunsIt() {
    List<String> unread = new ArrayList<>();
    all().filter(b -> b.snippet().isPresent() && !regions.containsKey(b.snippet().orElseThrow())).forEach(b -> {
      String literal = "\"" + b.snippet().orElseThrow() + "\"";
      if (testSources.stream().noneMatch(t -> Docs.read(t).contains(literal))) {
        unread.add(b.where() + " (" + b.snippet().orElseThrow() + ")");
      }
    });
    assertEquals(List.of(), unread, "snippets that neither equal a region nor are named by a test that reads and runs them");
  }

  @Test
  void everyRegionIsShownOnce() {
    Map<String, List<String>> shown = new LinkedHashMap<>();
    all().filter(b -> b.snippet().isPresent()).forEach(b -> shown.computeIfAbsent(b.snippet().orElseThrow(), k -> new ArrayList<>()).add(b.where()));
    List<String> unshown = regions.keySet().stream().filter(n -> !shown.containsKey(n)).toList();
    assertEquals(List.of(), unshown, "regions no document shows: remove the markers or show the code");
    shown.forEach((name, where) -> assertEquals(1, where.size(), "the snippet '" + name + "' is shown more than once: " + where));
  }

  /** A region's class is run by a test: the class is a test itself, or a test names it. */
  @Test
  void everyRegionIsInAClassATestRuns() {
    Set<String> unrun = new LinkedHashSet<>();
    for (Region region : regions.values()) {
      String file = region.file().getFileName().toString();
      String type = file.substring(0, file.length() - ".java".length());
      if (isTest(region.file())) {
        continue;
      }
      Pattern named = Pattern.compile("\\b" + type + "\\b");
      boolean run = testSources.stream().filter(DocSnippetsTest::isTest).filter(t -> !t.equals(region.file()))
          .anyMatch(t -> named.matcher(Docs.read(t)).find());
      if (!run) {
        unrun.add(region.name() + " in " + Docs.ROOT.relativize(region.file()));
      }
    }
    assertEquals(Set.of(), unrun, "regions in classes no test calls");
  }

  private static boolean isTest(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith("Test.java") || name.endsWith("IT.java");
  }

  /** A block without a language that reads like Java would escape the checks: tag it. */
  @Test
  void untaggedBlocksHoldNoJava() {
    Pattern java = Pattern.compile("(?m)^\\s*(import [\\w.]+;|package [\\w.]+;|(public |private |final )*(class|record|interface) \\w+|\\w[\\w<>, ]* \\w+ = .*\\(.*;\\s*$)");
    List<String> hidden = all().filter(b -> b.language().isEmpty() && java.matcher(b.text()).find()).map(Block::where).toList();
    assertEquals(List.of(), hidden, "blocks without a language that look like Java: mark them ```java and make them snippets");
  }

  /** Each guide links to the file its snippets are cut from, or to that file's package directory. */
  @Test
  void everyGuideLinksToTheCodeOfItsSnippets() {
    List<String> missing = new ArrayList<>();
    blocks.forEach((doc, list) -> {
      String relative = Docs.ROOT.relativize(doc).toString();
      if (LINK_EXEMPT.containsKey(relative)) {
        return;
      }
      Set<Path> targets = links(doc).stream().map(l -> doc.getParent().resolve(l.path()).normalize()).collect(java.util.stream.Collectors.toSet());
      Set<Path> files = new LinkedHashSet<>();
      list.stream().flatMap(b -> b.snippet().stream()).map(regions::get).filter(r -> r != null).forEach(r -> files.add(r.file()));
      for (Path file : files) {
        if (!targets.contains(file) && !targets.contains(file.getParent())) {
          missing.add(relative + " does not link to " + Docs.ROOT.relativize(file));
        }
      }
    });
    assertEquals(List.of(), missing);
  }

  /** Relative links reach a file, and a link to a heading reaches a heading. Build outputs are not checked. */
  @Test
  void relativeLinksResolve() {
    List<String> broken = new ArrayList<>();
    for (Path doc : blocks.keySet()) {
      for (Link link : links(doc)) {
        Path target = doc.getParent().resolve(link.path()).normalize();
        if (link.path().isEmpty()) {
          target = doc;
        }
        if (Docs.ROOT.relativize(target).toString().contains("target/")) {
          continue;
        }
        if (!Files.exists(target)) {
          broken.add(Docs.ROOT.relativize(doc) + ": " + link + " (no such file)");
        } else if (link.anchor().isPresent() && target.toString().endsWith(".md") && !anchors(target).contains(link.anchor().orElseThrow())) {
          broken.add(Docs.ROOT.relativize(doc) + ": " + link + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  record Link(String path, Optional<String> anchor) {
    @Override
    public String toString() {
      return path + anchor.map(a -> "#" + a).orElse("");
    }
  }

  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  /** Relative links outside fenced blocks. */
  static List<Link> links(Path doc) {
    List<Link> links = new ArrayList<>();
    for (String line : prose(doc)) {
      Matcher m = LINK.matcher(line);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue;
        }
        int hash = target.indexOf('#');
        links.add(hash < 0 ? new Link(target, Optional.empty()) : new Link(target.substring(0, hash), Optional.of(target.substring(hash + 1))));
      }
    }
    return links;
  }

  /** GitHub's anchors for the headings of a Markdown file. */
  static Set<String> anchors(Path doc) {
    Set<String> anchors = new HashSet<>();
    for (String line : prose(doc)) {
      if (line.startsWith("#")) {
        String title = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
        anchors.add(title.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
      }
    }
    return anchors;
  }

  private static List<String> prose(Path doc) {
    List<String> out = new ArrayList<>();
    boolean fenced = false;
    for (String line : Docs.read(doc).lines().toList()) {
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        out.add(line);
      }
    }
    return out;
  }

  /** The first lines where two texts part, to find a drifted snippet without a diff tool. */
  static String diff(String expected, String actual) {
    List<String> a = expected.lines().toList();
    List<String> b = actual.lines().toList();
    int i = 0;
    while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
      i++;
    }
    StringBuilder out = new StringBuilder("  first difference at line " + (i + 1) + " of the block:\n");
    for (int j = i; j < Math.min(i + 3, a.size()); j++) {
      out.append("  code: ").append(a.get(j)).append('\n');
    }
    for (int j = i; j < Math.min(i + 3, b.size()); j++) {
      out.append("  doc:  ").append(b.get(j)).append('\n');
    }
    return out.toString();
  }

  @Test
  void theParserFindsMarkersAndDifferences() {
    assertEquals(Optional.of("x"), Docs.blocks(write("<!-- snippet: x -->\n\n```java\nint a = 1;\n```\n")).get(0).snippet());
    assertEquals(Optional.empty(), Docs.blocks(write("<!-- snippet: x -->\nText.\n```java\nint a = 1;\n```\n")).get(0).snippet());
    assertEquals(Optional.of("fragment of a rule"), Docs.blocks(write("<!-- not compiled: fragment of a rule -->\n```java\nx;\n```\n")).get(0).notCompiled());
    assertTrue(diff("a\nb\nc", "a\nB\nc").contains("line 2"));
    try {
      Docs.blocks(write("```java\nint a;\n"));
      fail("an unclosed block is an error");
    } catch (AssertionError expected) {
      assertTrue(expected.getMessage().contains("never closed"));
    }
  }

  private static Path write(String markdown) {
    try {
      Path file = Files.createTempFile("doc", ".md");
      file.toFile().deleteOnExit();
      return Files.writeString(file, markdown);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
