package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published jar carries Jackson relocated and its own descriptor
 * (src/published/java/module-info.java). That descriptor must say everything the build's descriptor
 * says except requiring the Jackson modules, so an export added to one and not the other fails here
 * instead of on a host's module path.
 */
class PublishedModuleDescriptorTest {
  /** The JDK modules and services the relocated Jackson databind declares in its own descriptor. */
  private static final Set<String> FOR_RELOCATED_JACKSON =
      Set.of(
          "requires java.xml",
          "requires static java.desktop",
          "requires static java.sql",
          "requires static java.sql.rowset",
          "uses java.nio.file.spi.FileSystemProvider");

  @Test
  void publishedDescriptorIsTheBuildDescriptorWithoutJackson() throws IOException {
    Set<String> build = directives(Path.of("src/main/java/module-info.java"));
    Set<String> published = directives(Path.of("src/published/java/module-info.java"));

    Set<String> jackson = build.stream().filter(d -> d.startsWith("requires tools.jackson.")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(Set.of("requires tools.jackson.databind", "requires tools.jackson.dataformat.yaml"), jackson);

    Set<String> expected = new TreeSet<>(build);
    expected.removeAll(jackson);
    expected.addAll(FOR_RELOCATED_JACKSON);
    assertEquals(expected, new TreeSet<>(published), "src/published/java/module-info.java has drifted from src/main/java/module-info.java");
  }

  @Test
  void publishedDescriptorExportsNoShadedPackage() throws IOException {
    for (String directive : directives(Path.of("src/published/java/module-info.java"))) {
      assertTrue(!directive.contains("shaded") && !directive.contains("jackson") && !directive.contains("snakeyaml"), directive);
    }
  }

  /** The directives of a module declaration, one per element, whitespace normalised. */
  static Set<String> directives(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    text = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
    String body = text.substring(text.indexOf('{') + 1, text.lastIndexOf('}'));
    return Arrays.stream(body.split(";"))
        .map(d -> d.trim().replaceAll("\\s+", " ").replaceAll(" ?, ?", ", "))
        .filter(d -> !d.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
