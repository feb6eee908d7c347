package io.github.trygg.crypto.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.trygg.crypto.testkit.Seeds;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast paths for plain dates and integers give what the general parsers give. */
class GeneralisationsTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

  @Test
  void plainIntegersFallInTheBandsBigDecimalGives() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20000; i++) {
      int digits = random.nextInt(1, 21);
      StringBuilder sb = new StringBuilder(random.nextInt(4) == 0 ? "-" : random.nextInt(8) == 0 ? "+" : "");
      for (int d = 0; d < digits; d++) {
        sb.append((char) ('0' + random.nextInt(10)));
      }
      String v = sb.toString();
      int width = random.nextBoolean() ? random.nextInt(1, 100) : random.nextInt(1, Integer.MAX_VALUE);
      BigInteger w = BigInteger.valueOf(width);
      BigInteger low = new BigDecimal(v).divide(new BigDecimal(w), 0, RoundingMode.FLOOR).toBigIntegerExact().multiply(w);
      assertEquals(Optional.of(low + "-" + low.add(w).subtract(BigInteger.ONE)), Generalisations.apply(new FieldAction.Generalise(Generalisation.RANGE, width), v, TODAY),
          "seed " + seed + ": " + v + " / " + width);
    }
  }

  @Test
  void isoDatesReadAsLocalDateParseReadsThem() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    String chars = "0123456789-x";
    for (int i = 0; i < 20000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < 10; k++) {
        sb.append(k == 4 || k == 7 ? '-' : random.nextInt(6) == 0 ? chars.charAt(random.nextInt(chars.length())) : (char) ('0' + random.nextInt(k == 5 ? 2 : k == 8 ? 4 : 10)));
      }
      String v = sb.toString();
      Optional<String> expected;
      try {
        expected = Optional.of(String.valueOf(LocalDate.parse(v).getYear()));
      } catch (DateTimeException e) {
        expected = Optional.empty();
      }
      if (expected.isPresent()) {
        assertEquals(expected, Generalisations.apply(new FieldAction.Generalise(Generalisation.YEAR, 0), v, TODAY), "seed " + seed + ": " + v);
      } else {
        // Not a date: nor an identity number either, with dashes in those places.
        assertEquals(Optional.empty(), Generalisations.apply(new FieldAction.Generalise(Generalisation.YEAR, 0), v, TODAY), "seed " + seed + ": " + v);
      }
    }
  }
}
