package io.github.trygg.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of generated numbers of every kind: written in each accepted form, parsed back to the
 * same value. Numbers exist only while the test runs. Replay with {@code -Dtrygg.seed=<seed>}.
 */
class GeneratedIdentityNumbersTest {
  static final LocalDate REF = LocalDate.of(2026, 11, 24);
  static final int PER_KIND = 3000;

  @Test
  void swedishNumbersRoundTripInEveryForm() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (IdentityKind kind : new IdentityKind[] {IdentityKind.SE_PERSONNUMMER, IdentityKind.SE_SAMORDNINGSNUMMER}) {
      for (int i = 0; i < PER_KIND; i++) {
        LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1900, 1, 1).toEpochDay(), REF.toEpochDay() + 1));
        IdentityNumber n = IdentityNumbers.swedish(kind, birth, random.nextInt(1, 1000));
        String c = n.canonical();
        String message = "seed " + seed + ", " + kind + " #" + i;
        assertEquals(n, IdentityNumbers.parse(c, REF), message);
        assertEquals(n, IdentityNumbers.parse(c.substring(0, 8) + "-" + c.substring(8), REF), message);
        assertEquals(n, IdentityNumbers.parse(n.tenDigitForm(REF), REF), message);
        if (n.tenDigitForm(REF).contains("-")) {
          assertEquals(n, IdentityNumbers.parse(n.tenDigitForm(REF).replace('-', ' '), REF), message);
        }
        assertEquals(kind, IdentityNumbers.parse(c, REF).kind(), message);
        assertEquals(birth, IdentityNumbers.parse(n.tenDigitForm(REF), REF).birthDate(), message);
        // Any other final digit must fail the check.
        String wrong = c.substring(0, 11) + (char) ('0' + (c.charAt(11) - '0' + 1 + random.nextInt(9)) % 10);
        assertTrue(IdentityNumbers.tryParse(wrong, 0, wrong.length(), REF).isEmpty(), message);
      }
    }
  }

  @Test
  void norwegianNumbersRoundTripAndNeverPassWithAWrongCheckDigit() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    IdentityKind[] kinds = {IdentityKind.NO_FODSELSNUMMER, IdentityKind.NO_D_NUMMER, IdentityKind.NO_H_NUMMER,
        IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, IdentityKind.NO_SYNTHETIC_D_NUMMER};
    for (IdentityKind kind : kinds) {
      int made = 0;
      while (made < PER_KIND) {
        LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1855, 1, 1).toEpochDay(), LocalDate.of(2039, 12, 31).toEpochDay() + 1));
        int year = birth.getYear();
        int individual = year < 1900 ? random.nextInt(500, 750) : year < 1940 ? random.nextInt(0, 500)
            : year < 2000 ? (random.nextBoolean() ? random.nextInt(0, 500) : random.nextInt(900, 1000)) : random.nextInt(500, 1000);
        Optional<IdentityNumber> built = IdentityNumbers.norwegian(kind, birth, individual);
        if (built.isEmpty()) {
          continue; // a check digit would be 10: no such number exists
        }
        made++;
        IdentityNumber n = built.get();
        String message = "seed " + seed + ", " + kind + " #" + made;
        assertEquals(n, IdentityNumbers.parseNorwegian(n.canonical()), message);
        assertEquals(kind, IdentityNumbers.parseNorwegian(n.canonical()).kind(), message);
        assertEquals(birth, IdentityNumbers.parseNorwegian(n.canonical()).birthDate(), message);
        String c = n.canonical();
        String wrongK2 = c.substring(0, 10) + (char) ('0' + (c.charAt(10) - '0' + 1 + random.nextInt(9)) % 10);
        assertTrue(IdentityNumbers.tryParse(wrongK2, 0, 11, REF.plusYears(20)).isEmpty(), message);
      }
    }
  }
}
