package io.github.trygg.crypto.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.crypto.testkit.Seeds;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The buffer-scanning {@link CsvReader} against the character-at-a-time {@link ReferenceCsvReader}
 * on generated text, valid and not, under small limits, delivered in small random pieces so that
 * fields, quotes and line breaks straddle buffer refills: the same records, or the same error code
 * at the same line and column after the same records.
 */
class CsvReaderEquivalenceTest {
  private static final String ALPHABET = "ab,,;;\"\"\r\n\t Åö😀§";

  @Test
  void readsWhatTheReferenceReadsAndFailsWhereItFails() throws IOException {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    int failures = 0;
    for (int round = 0; round < 3000; round++) {
      String text = text(random);
      char delimiter = ",;§".charAt(random.nextInt(3));
      int maxField = random.nextInt(1, 40);
      int maxRecord = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(1, 80);
      int maxFields = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(1, 8);
      String expected = outcome(new ReferenceCsvReader(new Pieces(text, random.split()), delimiter, maxField, maxRecord, maxFields));
      String actual = outcome(new CsvReader(new Pieces(text, random.split()), delimiter, maxField, maxRecord, maxFields));
      assertEquals(expected, actual, "seed " + seed + ", round " + round);
      if (expected.contains("error")) {
        failures++;
      }
    }
    // Both kinds of input were covered.
    assertTrue(failures > 300 && failures < 2900, "seed " + seed + ": " + failures + " of 3000 inputs failed");
  }

  @Test
  void readsLongFieldsAcrossItsBuffer() throws IOException {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 400; i++) {
      sb.append("x".repeat(random.nextInt(0, 5000))).append(',').append('"').append("y\"\"".repeat(random.nextInt(0, 3000))).append('"').append("\r\n");
    }
    String text = sb.toString();
    assertEquals(outcome(new ReferenceCsvReader(new Pieces(text, null), ',', 1 << 20, Integer.MAX_VALUE, 100)),
        outcome(new CsvReader(new Pieces(text, null), ',', 1 << 20, Integer.MAX_VALUE, 100)), "seed " + seed);
  }

  private static String text(SplittableRandom random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(10) == 0) {
      sb.append('\uFEFF');
    }
    if (random.nextBoolean()) {
      // Well-formed: records of fields quoted where needed, with empty lines here and there.
      int records = random.nextInt(0, 8);
      for (int r = 0; r < records; r++) {
        int fields = random.nextInt(1, 6);
        for (int f = 0; f < fields; f++) {
          if (f > 0) {
            sb.append(',');
          }
          String value = "x".repeat(random.nextInt(0, 12)) + (random.nextInt(4) == 0 ? "Å😀" : "");
          if (random.nextInt(3) == 0) {
            sb.append('"').append(value).append(random.nextBoolean() ? "\"\"," : "\r\n").append('"');
          } else {
            sb.append(value);
          }
        }
        sb.append(random.nextBoolean() ? "\r\n" : random.nextBoolean() ? "\n" : "\r");
        if (random.nextInt(8) == 0) {
          sb.append("\n");
        }
      }
      return sb.toString();
    }
    int n = random.nextInt(0, 120);
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(ALPHABET.length() + 4);
      if (k >= ALPHABET.length()) {
        sb.append("x".repeat(random.nextInt(1, 30)));
      } else if (Character.isHighSurrogate(ALPHABET.charAt(k))) {
        sb.append(ALPHABET, k, k + 2);
      } else if (!Character.isLowSurrogate(ALPHABET.charAt(k))) {
        sb.append(ALPHABET.charAt(k));
      }
    }
    return sb.toString();
  }

  /** Every record, then the error if there is one, as text to compare. */
  private static String outcome(Object reader) throws IOException {
    StringBuilder sb = new StringBuilder();
    try {
      while (true) {
        List<String> r = reader instanceof CsvReader c ? c.next() : ((ReferenceCsvReader) reader).next();
        if (r == null) {
          break;
        }
        long line = reader instanceof CsvReader c ? c.recordLine() : ((ReferenceCsvReader) reader).recordLine();
        sb.append(line).append(':').append(r).append('\n');
      }
    } catch (CsvException e) {
      sb.append("error ").append(e.code()).append(" at ").append(e.line()).append(':').append(e.column()).append(' ').append(e.getMessage());
    }
    return sb.toString();
  }

  /** A reader that hands out its text a few characters at a time. */
  static final class Pieces extends Reader {
    private final String text;
    private final SplittableRandom random;
    private int at;

    Pieces(String text, SplittableRandom random) {
      this.text = text;
      this.random = random;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, text.length() - at), random == null ? 4093 : random.nextInt(1, 8));
      text.getChars(at, at + n, buffer, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
