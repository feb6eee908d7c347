package io.github.trygg.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;

/** The fast scalar typing must give exactly what the stock YAML parser gives, token and text. */
class PlainYamlTest {
  private static final TokenStreamFactory STOCK = new YAMLFactory();
  private static final TokenStreamFactory PLAIN = new PlainYaml.Factory(new YAMLFactory());

  private static final List<String> EDGES = List.of(
      "0", "-0", "00", "01", "-01", "1", "-1", "42", "-", "--1", "9223372036854775808", "123456789012345678901234567890",
      "1.5", "1.", "-1.5e3", "1e3", "1E+3", "1e", "1e+", ".5", "-.5", ".inf", "-.inf", "+.inf", ".nan", ".NaN", "+1",
      "true", "false", "True", "TRUE", "null", "Null", "~", "nul", "t", "f", "n", "yes", "no", "on", "off",
      "2026-03-01", "2026-03-01T10:00:00Z", "P1Y", "PT4H", "generated", "s0001926", "a b", "-a", "0x1F", "0o17", "1_000",
      "${HOME}", "$x", "é", "Nämnden för omsorg", "inf", "nan", "tls", "none", "file", "nullable", "truest", ".in", "..", ".", "e1", "-e1", "1-2", "12:30");

  @Test
  void typesEveryScalarAsTheStockParserDoes() throws Exception {
    List<String> texts = new ArrayList<>(EDGES);
    Random random = new Random(19);
    String alphabet = "0123456789-+.eEinaftrulsN$_x";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(8);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(sb.toString());
    }
    int compared = 0;
    for (String text : texts) {
      for (String written : List.of(text, "'" + text + "'", "\"" + text + "\"", "!!str " + text)) {
        String doc = "v: " + written + "\nw: [" + written + "]\n";
        assertEquals(tokens(STOCK, doc), tokens(PLAIN, doc), doc);
        compared++;
      }
    }
    assertEquals(4 * texts.size(), compared);
  }

  @Test
  void classifiesCheaply() {
    assertEquals(PlainYaml.Kind.TEXT, PlainYaml.kind("2026-03-01"));
    assertEquals(PlainYaml.Kind.INTEGER, PlainYaml.kind("-17"));
    assertEquals(PlainYaml.Kind.OTHER, PlainYaml.kind("1.5e3"));
    assertEquals(PlainYaml.Kind.OTHER, PlainYaml.kind("true"));
    assertEquals(PlainYaml.Kind.TEXT, PlainYaml.kind("generated"));
    assertEquals(PlainYaml.Kind.TEXT, PlainYaml.kind("none"));
    assertEquals(PlainYaml.Kind.OTHER, PlainYaml.kind("null"));
  }

  private static List<String> tokens(TokenStreamFactory factory, String doc) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        String text = t.isScalarValue() ? p.getString() : "";
        String number = t.isNumeric() ? p.getNumberType() + "=" + p.getNumberValue() : "";
        out.add(t + " " + text + " " + number);
      }
    } catch (JacksonException e) {
      out.add("failed: " + e.getOriginalMessage());
    }
    return out;
  }
}
