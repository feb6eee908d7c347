package io.github.trygg.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's Markdown read as the snippet tests need it: every fenced block with the marker in
 * front of it, and every code region a snippet is cut from.
 *
 * <p>A block preceded by {@code <!-- snippet: name -->} is checked: it equals the region
 * {@code // snippet:start name} … {@code // snippet:end} in the examples' sources (or the starter's
 * tests), or, when no region has that name, a test reads the block by name and runs it (the
 * openssl commands, a policy file, SQL). {@code <!-- not compiled: reason -->} marks a Java block
 * that is deliberately not code of ours. Paths are relative to the checkout's root.
 */
public final class Docs {
  /** The checkout's root: the tests run in {@code examples/}. */
  public static final Path ROOT = Path.of(System.getProperty("trygg.root", "..")).toAbsolutePath().normalize();
  /** Where the code of snippets lives: every example, and the starter's tests (docs/spring-boot.md). */
  static final List<Path> REGION_ROOTS = List.of(
      ROOT.resolve("examples/src/main/java"), ROOT.resolve("examples/src/test/java"),
      ROOT.resolve("examples/spark/src/main/java"), ROOT.resolve("examples/spark/src/test/java"),
      ROOT.resolve("spring-boot-starter/tests/src/test/java"));

  private static final Pattern FENCE = Pattern.compile("^```([\\w-]*)\\s*$");
  private static final Pattern SNIPPET = Pattern.compile("^<!-- snippet: ([\\w-]+) -->$");
  private static final Pattern NOT_COMPILED = Pattern.compile("^<!-- not compiled: (.*?) -->$");
  private static final Pattern REGION = Pattern.compile("// snippet:start ([\\w-]+)\\n(.*?)\\n[ \\t]*// snippet:end", Pattern.DOTALL);

  private Docs() {}

  /** A fenced block: where it starts (1-based line of the fence), its language and text, and its marker. */
  public record Block(Path file, int line, String language, String text, Optional<String> snippet, Optional<String> notCompiled) {
    public String where() {
      return ROOT.relativize(file) + ":" + line;
    }
  }

  /** A region of code a snippet is cut from, dedented. */
  public record Region(String name, Path file, String text) {}

  /** README.md, every file in docs/, and examples/README.md. */
  public static List<Path> markdown() {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    files.add(ROOT.resolve("examples/README.md"));
    return files;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every fenced block of a Markdown file, in order. */
  public static List<Block> blocks(Path file) {
    List<String> lines = read(file).lines().toList();
    List<Block> blocks = new ArrayList<>();
    String marker = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher open = FENCE.matcher(line);
      if (!open.matches()) {
        if (!line.isBlank()) {
          marker = line.strip();
        }
        continue;
      }
      int start = i;
      StringBuilder text = new StringBuilder();
      for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
        text.append(lines.get(i)).append('\n');
      }
      if (i == lines.size()) {
        throw new AssertionError(ROOT.relativize(file) + ":" + (start + 1) + ": a fenced block that is never closed");
      }
      Matcher snippet = SNIPPET.matcher(marker);
      Matcher notCompiled = NOT_COMPILED.matcher(marker);
      blocks.add(new Block(file, start + 1, open.group(1), text.toString().stripTrailing(),
          snippet.matches() ? Optional.of(snippet.group(1)) : Optional.empty(),
          notCompiled.matches() ? Optional.of(notCompiled.group(1).strip()) : Optional.empty()));
      marker = "";
    }
    return blocks;
  }

  /** The text of the block marked {@code <!-- snippet: name -->} in {@code doc} (relative to the root). */
  public static String snippet(String doc, String name) {
    return blocks(ROOT.resolve(doc)).stream().filter(b -> b.snippet().equals(Optional.of(name))).findFirst()
        .orElseThrow(() -> new AssertionError(doc + " has no block marked <!-- snippet: " + name + " -->")).text();
  }

  /** Every region under {@link #REGION_ROOTS}, by name; a name defined twice is an error. */
  public static Map<String, Region> regions() {
    Map<String, Region> regions = new LinkedHashMap<>();
    for (Path root : REGION_ROOTS) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
          Matcher m = REGION.matcher(read(file));
          while (m.find()) {
            Region previous = regions.put(m.group(1), new Region(m.group(1), file, dedent(m.group(2))));
            if (previous != null) {
              throw new AssertionError("the snippet region '" + m.group(1) + "' is defined twice: in " + ROOT.relativize(previous.file())
                  + " and " + ROOT.relativize(file));
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return regions;
  }

  static String dedent(String block) {
    List<String> lines = block.lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
