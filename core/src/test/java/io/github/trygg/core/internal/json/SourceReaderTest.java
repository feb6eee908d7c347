package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceReaderTest {

  @Test
  void jsonValuesCarryLineColumnAndPointer() {
    SourceObject root = (SourceObject) SourceReader.read("a.json", "{\n  \"systems\": [\n    {\"id\": \"x\"}\n  ]\n}", Format.JSON);
    SourceArray systems = (SourceArray) root.get("systems").orElseThrow();
    SourceNode id = ((SourceObject) systems.elements().get(0)).get("id").orElseThrow();
    assertEquals("a.json", id.location().source());
    assertEquals(3, id.location().line());
    assertEquals("/systems/0/id", id.location().pointer());
  }

  @Test
  void yamlValuesCarryLineAndPointer() {
    SourceObject root = (SourceObject) SourceReader.read("a.yaml", "systems:\n  - id: x\n    name: \"a/b~c\"\n", Format.YAML);
    SourceObject first = (SourceObject) ((SourceArray) root.get("systems").orElseThrow()).elements().get(0);
    assertEquals(3, first.get("name").orElseThrow().location().line());
    assertEquals("/systems/0/name", first.get("name").orElseThrow().location().pointer());
    assertEquals("/systems/0/a~1b~0c", first.pointer("a/b~c"));
  }

  @Test
  void syntaxErrorsHaveALocation() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SourceReader.read("bad.json", "{\n  \"a\": [1, 2,\n}", Format.JSON));
    Problem p = e.problems().get(0);
    assertEquals("syntax", p.code());
    assertEquals(3, p.location().line());
  }

  @Test
  void duplicateKeysAreRejected() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SourceReader.read("d.yaml", "a: 1\nb: 2\na: 3\n", Format.YAML));
    assertEquals("duplicate-property", e.problems().get(0).code());
    assertEquals(3, e.problems().get(0).location().line());
  }

  /** Small objects keep their members in arrays, large ones in a hash map: both keep file order and find duplicates. */
  @Test
  void membersKeepFileOrderAndDuplicatesAreFoundInSmallAndLargeObjects() {
    for (int size : new int[] {1, Members.MAX - 1, Members.MAX, Members.MAX + 1, 3 * Members.MAX}) {
      StringBuilder yaml = new StringBuilder();
      java.util.List<String> names = new java.util.ArrayList<>();
      for (int i = size; i > 0; i--) {
        names.add("k" + i);
        yaml.append("k").append(i).append(": v").append(i).append('\n');
      }
      SourceObject o = (SourceObject) SourceReader.read("m.yaml", yaml.toString(), Format.YAML);
      assertEquals(names, java.util.List.copyOf(o.members().keySet()), "order at " + size);
      assertEquals("v1", ((SourceScalar) o.members().get("k1")).text());
      assertEquals("/k" + size, o.members().get("k" + size).location().pointer());
      assertEquals(size, o.members().get("k1").location().line());
      assertTrue(o.get("absent").isEmpty());
      String twice = yaml + "k" + size + ": again\n";
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> SourceReader.read("m.yaml", twice, Format.YAML), "duplicate at " + size);
      assertEquals("duplicate-property", e.problems().get(0).code());
      assertEquals(size + 1, e.problems().get(0).location().line());
      assertEquals("/k" + size, e.problems().get(0).location().pointer());
    }
  }

  @Test
  void typedReadsRecordProblemsInsteadOfThrowing() {
    SourceObject o = (SourceObject) SourceReader.read("t.json", "{\"n\": \"x\", \"d\": \"2026-02-30\", \"e\": \"maybe\", \"nam\": 1}", Format.JSON);
    Problems problems = new Problems();
    o.allowOnly(problems, "n", "d", "e", "name");
    assertTrue(o.optionalLong("n", 0, 9, problems).isEmpty());
    assertTrue(o.optionalDate("d", problems).isEmpty());
    assertTrue(o.optionalEnum("e", Answer.class, problems).isEmpty());
    assertEquals("", o.requireString("missing", problems));
    assertEquals(5, problems.size(), problems.list().toString());
    assertTrue(problems.list().get(0).message().contains("did you mean 'name'"), problems.list().toString());
  }

  @Test
  void structuralEqualityIgnoresLocations() {
    SourceNode a = SourceReader.read("a.json", "{\"x\": [1, {\"y\": true}]}", Format.JSON);
    SourceNode b = SourceReader.read("b.yaml", "x:\n  - 1\n  - y: true\n", Format.YAML);
    assertTrue(SourceMerger.sameValue(a, b));
    assertTrue(!SourceMerger.sameValue(a, SourceReader.read("c.json", "{\"x\": [1, {\"y\": false}]}", Format.JSON)));
  }

  @Test
  void writesDeterministically() {
    Map<String, Object> tree = new java.util.LinkedHashMap<>();
    tree.put("b", 1);
    tree.put("a", java.util.List.of("x", "y"));
    assertEquals("{\n  \"b\" : 1,\n  \"a\" : [ \"x\", \"y\" ]\n}", TreeWriter.write(tree, Format.JSON));
    // "y" is a boolean in YAML 1.1, so it must stay quoted.
    assertEquals("b: 1\na:\n- x\n- \"y\"\n", TreeWriter.write(tree, Format.YAML));
  }

  enum Answer {
    YES,
    NO
  }
}
