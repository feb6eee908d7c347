package io.github.trygg.core.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A register with eleven mistakes of ten kinds reports all eleven, each at the line it is on. */
class BrokenRegisterTest {

  @Test
  void reportsEveryMistakeWithItsLine() throws URISyntaxException {
    Path file = Path.of(getClass().getResource("broken-register.yaml").toURI());
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.read(file));
    Map<Integer, String> byLine = new TreeMap<>();
    for (Problem p : e.problems()) {
      assertEquals("broken-register.yaml", p.location().source(), p.toString());
      assertTrue(p.location().line() > 0, "no line: " + p);
      assertTrue(!p.expected().isEmpty(), "no expectation: " + p);
      byLine.merge(p.location().line(), p.code(), (a, b) -> a + "," + b);
    }
    String report = e.problems().stream().map(Problem::toString).collect(Collectors.joining("\n"));
    assertEquals("out-of-range", byLine.get(14), report);
    assertEquals("unknown-reference", byLine.get(21), report);
    assertEquals("unknown-property", byLine.get(22), report);
    assertEquals("duplicate-id", byLine.get(24), report);
    assertEquals("processor-without-agreement", byLine.get(27), report);
    assertEquals("transfer-without-safeguard", byLine.get(31), report);
    assertEquals("bad-date", byLine.get(35), report);
    assertEquals("transfer-without-safeguard", byLine.get(36), report);
    assertEquals("unknown-reference", byLine.get(44), report);
    assertEquals("unknown-value", byLine.get(46), report);
    assertEquals("missing-special-category-basis", byLine.get(49), report);
    assertTrue(e.getMessage().contains("hostedon") && e.getMessage().contains("did you mean 'hostedOn'"), e.getMessage());
    assertEquals(11, e.problems().size(), report);
  }

  @Test
  void syntaxErrorsInOneFileAreReportedWithTheOtherFilesOwnMistakesButNoFollowOnProblems() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> RegisterReader.readSources(List.of(
        RegisterTestSources.yaml("a.yaml", "format: trygg-register/1\nsystems:\n  - id: x\n    name: [unclosed\n"),
        RegisterTestSources.yaml("b.yaml", "format: trygg-register/1\nvendors:\n  - id: v\n    name: V\n    contry: SE\n    role: supplier\n"
            + "systems:\n  - id: y\n    name: Y\n    vendor: v\n    hostedOn: x\n"))));
    List<String> sources = e.problems().stream().map(p -> p.location().source() + ":" + p.code()).collect(Collectors.toList());
    assertTrue(sources.contains("a.yaml:syntax"), sources.toString());
    assertTrue(sources.contains("b.yaml:unknown-property"), "b's own mistake: " + sources);
    assertTrue(sources.stream().noneMatch(s -> s.endsWith("unknown-reference")), "y is hosted on x, which the unreadable file defines: " + sources);
  }
}
