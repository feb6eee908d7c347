package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import io.github.trygg.core.ReadLimits;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every limit of {@link ReadLimits} is enforced while parsing, by both formats, with a problem that
 * names the limit and says where it was passed; the YAML features Trygg refuses are refused.
 */
class ReadLimitsTest {

  static InvalidInputException refused(String text, Format format, ReadLimits limits) {
    return assertThrows(InvalidInputException.class,
        () -> SourceReader.read("t." + format.name().toLowerCase(), new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format, limits));
  }

  static Problem only(InvalidInputException e) {
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  static String nested(int depth, String key) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("{\"").append(key).append("\":");
    }
    sb.append('1');
    sb.append("}".repeat(depth));
    return sb.toString();
  }

  @Test
  void deepNestingWithLongKeysIsRefusedAtTheLimitWithItsPointer() {
    // 2.2 MB: building a pointer string per level used to take gigabytes.
    String doc = nested(2200, "k".repeat(1000));
    Problem p = only(refused(doc, Format.JSON, ReadLimits.defaults()));
    assertEquals("too-deep", p.code());
    assertTrue(p.message().contains("ReadLimits.maxNestingDepth"), p.message());
    assertEquals(64, p.location().pointer().split("/", -1).length - 1, "pointer to the 64th level");
    assertEquals(1, p.location().line());
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    ReadLimits ten = ReadLimits.builder().maxNestingDepth(10).build();
    SourceReader.read("t.json", new ByteArrayInputStream(nested(10, "a").getBytes(StandardCharsets.UTF_8)), Format.JSON, ten);
    assertEquals("too-deep", only(refused(nested(11, "a"), Format.JSON, ten)).code());
    assertEquals("too-deep", only(refused("a:\n" + "  - ".repeat(1) + "[".repeat(11) + "]".repeat(11) + "\n", Format.YAML, ten)).code());
  }

  @Test
  void aLongNumberIsRefusedWithoutBeingParsed() {
    String digits = "1" + "0".repeat(1_000_000);
    for (Format f : Format.values()) {
      String doc = f == Format.JSON ? "{\"version\": " + digits + "}" : "version: " + digits + "\n";
      Problem p = only(refused(doc, f, ReadLimits.defaults()));
      assertEquals("number-too-long", p.code(), f.name());
      assertEquals("/version", p.location().pointer());
      assertTrue(p.message().contains("ReadLimits.maxNumberLength"), p.message());
    }
  }

  @Test
  void aHugeExponentIsRefusedNeverExpanded() {
    for (String n : new String[] {"1e999999999", "1e-999999999", "1E400", "123456789e95", "1.5e99999999999999999999"}) {
      for (Format f : Format.values()) {
        String doc = f == Format.JSON ? "{\"x\": " + n + "}" : "x: " + n + "\n";
        Problem p = only(refused(doc, f, ReadLimits.defaults()));
        assertEquals("number-too-long", p.code(), n + " " + f);
      }
    }
  }

  @Test
  void numbersWithinTheLimitKeepTheirValue() {
    SourceObject o = (SourceObject) SourceReader.read("n.yaml", "a: 1e5\nb: -0.25\nc: 12345678901234567890\nd: 1.5e-3\ne: .inf\n", Format.YAML);
    Problems problems = new Problems();
    assertEquals(100000L, o.optionalLong("a", 0, Long.MAX_VALUE, problems).orElseThrow());
    assertEquals(new java.math.BigDecimal("-0.25"), o.optionalDecimal("b", problems).orElseThrow());
    assertTrue(o.optionalLong("c", 0, Long.MAX_VALUE, problems).isEmpty(), "too large for a long: a problem, not an exception");
    assertEquals(new java.math.BigDecimal("0.0015"), o.optionalDecimal("d", problems).orElseThrow());
    // YAML's infinity is not a decimal: it is read as text, and as a number it is a problem.
    assertTrue(o.optionalDecimal("e", problems).isEmpty());
    assertEquals(2, problems.size(), problems.list().toString());
  }

  @Test
  void writtenOutLengthIsArithmetic() {
    assertEquals(1, SourceReaderAccess.writtenOutLength("1"));
    assertEquals(6, SourceReaderAccess.writtenOutLength("1e5"));
    assertEquals(4, SourceReaderAccess.writtenOutLength("-0.25"));
    assertEquals(6, SourceReaderAccess.writtenOutLength("1.5e-3"));
    assertEquals(1_000_000_000L, SourceReaderAccess.writtenOutLength("1e999999999"));
    assertEquals(Long.MAX_VALUE, SourceReaderAccess.writtenOutLength("1e9999999999"));
  }

  @Test
  void aLongStringOrNameIsRefusedWithItsLimit() {
    ReadLimits small = ReadLimits.builder().maxStringLength(100).maxNameLength(10).build();
    for (Format f : Format.values()) {
      String s = "x".repeat(101);
      Problem str = only(refused(f == Format.JSON ? "{\"a\": [\"" + s + "\"]}" : "a:\n  - " + s + "\n", f, small));
      assertEquals("string-too-long", str.code());
      if (f == Format.JSON) {
        assertEquals("/a/0", str.location().pointer());
      } else {
        // YAML refuses a long unbroken run as it reads the bytes, ahead of the parser: by its line.
        assertEquals(2, str.location().line());
      }
      assertTrue(str.message().contains("ReadLimits.maxStringLength"));
      Problem name = only(refused(f == Format.JSON ? "{\"abcdefghijk\": 1}" : "abcdefghijk: 1\n", f, small));
      assertEquals("/abcdefghijk", name.location().pointer());
      assertEquals("name-too-long", name.code());
      assertTrue(name.message().contains("ReadLimits.maxNameLength"));
    }
  }

  @Test
  void aLongYamlStringWithSpacesIsRefusedWithItsPointer() {
    ReadLimits small = ReadLimits.builder().maxStringLength(100).build();
    Problem p = only(refused("a:\n  b: \"" + "word ".repeat(30) + "\"\n", Format.YAML, small));
    assertEquals("string-too-long", p.code());
    assertEquals("/a/b", p.location().pointer());
  }

  @Test
  void aLargeInputIsCutOffAtTheLimit() {
    ReadLimits small = ReadLimits.builder().maxInputBytes(1000).build();
    for (Format f : Format.values()) {
      String doc = f == Format.JSON ? "{\"a\": \"" + "x".repeat(5000) + "\"}" : "a: " + "x".repeat(5000) + "\n";
      Problem p = only(refused(doc, f, small));
      assertEquals("too-large", p.code(), f.name());
      assertTrue(p.message().contains("ReadLimits.maxInputBytes"), p.message());
    }
  }

  @Test
  void tooManyValuesAreRefused() {
    ReadLimits small = ReadLimits.builder().maxValues(100).build();
    String doc = "[" + "0,".repeat(200) + "0]";
    Problem p = only(refused(doc, Format.JSON, small));
    assertEquals("too-many-values", p.code());
    assertEquals("/99", p.location().pointer());
  }

  @Test
  void aSecondYamlDocumentIsAnError() {
    Problem p = only(refused("a: 1\n---\nb: 2\n", Format.YAML, ReadLimits.defaults()));
    assertEquals("more-than-one-document", p.code());
    assertEquals(3, p.location().line());
    assertEquals("more-than-one-document", only(refused("{\"a\": 1} {\"b\": 2}", Format.JSON, ReadLimits.defaults())).code());
  }

  @Test
  void yamlAliasesAreRefusedNotReadAsTheAnchorName() {
    Problem p = only(refused("a: &x hello\nb: *x\n", Format.YAML, ReadLimits.defaults()));
    assertEquals("yaml-alias", p.code());
    assertEquals("/b", p.location().pointer());
    assertEquals(2, p.location().line());
    // An anchor on its own changes nothing and is read.
    SourceObject o = (SourceObject) SourceReader.read("a.yaml", "a: &x [1, 2]\n", Format.YAML);
    assertEquals(2, ((SourceArray) o.get("a").orElseThrow()).size());
  }

  @Test
  void duplicateKeysAreAnErrorInBothFormatsWithThePointer() {
    Problem json = only(refused("{\"s\": {\"a\": 1, \"a\": 2}}", Format.JSON, ReadLimits.defaults()));
    assertEquals("duplicate-property", json.code());
    assertEquals("/s/a", json.location().pointer());
    Problem yaml = only(refused("s:\n  a: 1\n  a: 2\n", Format.YAML, ReadLimits.defaults()));
    assertEquals("duplicate-property", yaml.code());
    assertEquals(3, yaml.location().line());
  }

  @Test
  void badUtf8AndBinaryAreCleanProblems() {
    byte[] bad = {'a', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
    for (Format f : Format.values()) {
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> SourceReader.read("b", new ByteArrayInputStream(bad), f));
      assertFalse(e.problems().isEmpty());
    }
    assertEquals("unsupported", only(refused("a: !!binary aGVsbG8=\n", Format.YAML, ReadLimits.defaults())).code());
  }

  @Test
  void syntaxMessagesDoNotQuoteTheInput() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> SourceReader.read("s.json", "{\"a\": secretvalue}", Format.JSON));
    assertFalse(e.getMessage().contains("secretvalue"), e.getMessage());
    InvalidInputException y = assertThrows(InvalidInputException.class, () -> SourceReader.read("s.yaml", "a: [secretvalue\nb: c", Format.YAML));
    assertFalse(y.getMessage().contains("secretvalue"), y.getMessage());
  }

  @Test
  void limitsAreChecked() {
    assertThrows(IllegalStateException.class, () -> ReadLimits.builder().maxNestingDepth(0).build());
    assertThrows(IllegalStateException.class, () -> ReadLimits.builder().maxNestingDepth(ReadLimits.NESTING_CEILING + 1).build());
    assertThrows(IllegalStateException.class, () -> ReadLimits.builder().maxInputBytes(0).build());
  }
}
