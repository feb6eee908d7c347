package io.github.trygg.crypto.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.trygg.crypto.testkit.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CsvTest {
  static List<List<String>> read(String text, char delimiter) throws IOException {
    CsvReader reader = new CsvReader(new StringReader(text), delimiter, 1000);
    List<List<String>> records = new ArrayList<>();
    for (List<String> r = reader.next(); r != null; r = reader.next()) {
      records.add(r);
    }
    return records;
  }

  @Test
  void readsRfc4180() throws IOException {
    assertEquals(List.of(List.of("a", "b", "c"), List.of("1", "", "3")), read("a,b,c\r\n1,,3\r\n", ','));
    assertEquals(List.of(List.of("a", "b"), List.of("x", "y")), read("a,b\nx,y", ','));
    assertEquals(List.of(List.of("a", "b"), List.of("x", "y")), read("a,b\rx,y\r", ','));
    assertEquals(List.of(List.of("say \"hi\"", "one,two", "line\r\nbreak", "")), read("\"say \"\"hi\"\"\",\"one,two\",\"line\r\nbreak\",\"\"\r\n", ','));
    assertEquals(List.of(List.of("Åsa", "Öberg")), read("\uFEFFÅsa;Öberg\n", ';'));
    assertEquals(List.of(List.of("a"), List.of("b")), read("\n\na\r\n\r\nb\n\n", ','));
    assertEquals(List.of(List.of("", "")), read(",\n", ','));
    assertEquals(List.of(), read("", ','));
  }

  @Test
  void knowsWhereEachRecordBegins() throws IOException {
    CsvReader reader = new CsvReader(new StringReader("h1,h2\n\"multi\nline\",x\nlast,y\n"), ',', 100);
    reader.next();
    assertEquals(1, reader.recordLine());
    reader.next();
    assertEquals(2, reader.recordLine());
    reader.next();
    assertEquals(4, reader.recordLine());
    assertNull(reader.next());
  }

  @Test
  void malformedInputIsLocated() {
    CsvException quote = assertThrows(CsvException.class, () -> read("a,b\nx,y\"z\n", ','));
    assertEquals("csv-quote", quote.code());
    assertEquals(2, quote.line());
    assertEquals(4, quote.column());
    CsvException after = assertThrows(CsvException.class, () -> read("a,\"b\"c\n", ','));
    assertEquals("csv-after-quote", after.code());
    assertEquals(1, after.line());
    CsvException open = assertThrows(CsvException.class, () -> read("a,b\nx,\"never\nclosed\n", ','));
    assertEquals("csv-unterminated", open.code());
    assertEquals(2, open.line());
    assertEquals(3, open.column());
    CsvException longField = assertThrows(CsvException.class, () -> read("x".repeat(1001), ','));
    assertEquals("csv-field-too-long", longField.code());
  }

  @Test
  void whatIsWrittenReadsBackTheSame() throws IOException {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = "ab ,;|\"\r\n\tÅ😀§€";
    for (char delimiter : new char[] {',', ';', '\t', '|', '§'}) {
      for (String ending : new String[] {"\r\n", "\n"}) {
        List<List<String>> records = new ArrayList<>();
        for (int r = 0; r < 300; r++) {
          List<String> fields = new ArrayList<>();
          int n = random.nextInt(2, 6);
          for (int f = 0; f < n; f++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(0, 12);
            for (int c = 0; c < length; c++) {
              // Whole characters: the emoji's two halves together (the writer encodes UTF-8).
              int k = random.nextInt(alphabet.length());
              if (Character.isHighSurrogate(alphabet.charAt(k))) {
                sb.append(alphabet, k, k + 2);
              } else if (!Character.isLowSurrogate(alphabet.charAt(k))) {
                sb.append(alphabet.charAt(k));
              }
            }
            fields.add(sb.toString());
          }
          records.add(fields);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvWriter writer = new CsvWriter(out, delimiter, ending);
        for (List<String> r : records) {
          writer.write(r);
        }
        writer.flush();
        assertEquals(records, read(out.toString(StandardCharsets.UTF_8), delimiter), "seed " + seed + ", delimiter " + (int) delimiter);
      }
    }
  }

  @Test
  void quotesOnlyWhenNeeded() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvWriter writer = new CsvWriter(out, ',', "\r\n");
    writer.write(List.of("plain", "a,b", "say \"hi\"", "two\nlines", "semi;colon"));
    writer.flush();
    assertEquals("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",semi;colon\r\n", out.toString(StandardCharsets.UTF_8));
  }
}
