package io.github.trygg.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.identity.InvalidIdentityNumberException.Reason;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Worked examples from the authorities and every class of invalid input. Committed numbers are
 * published examples or test numbers (Skatteverket's worked example 640823-3234 and samordningsnummer
 * example 701063-2391, the test number 19121212-1212, Norsk helsenett's test D-number 70019950032)
 * or synthetic numbers (month + 80); anything else is generated while the test runs.
 */
class IdentityNumbersTest {
  static final LocalDate REF = LocalDate.of(2026, 11, 24);

  @ParameterizedTest
  @CsvSource({
    "640823-3234, 1964-08-23, 323, MALE",
    "6408233234, 1964-08-23, 323, MALE",
    "19640823-3234, 1964-08-23, 323, MALE",
    "196408233234, 1964-08-23, 323, MALE",
    "'640823 3234', 1964-08-23, 323, MALE",
    "' 19121212-1212 ', 1912-12-12, 121, MALE",
  })
  void swedishPersonnummerWorkedExamples(String text, LocalDate birth, int serial, Sex sex) {
    IdentityNumber n = IdentityNumbers.parse(text, REF);
    assertEquals(IdentityKind.SE_PERSONNUMMER, n.kind());
    assertEquals(birth, n.birthDate());
    assertEquals(serial, n.serial());
    assertEquals(Optional.of(sex), n.sex());
    assertEquals(birth.getYear() + text.strip().replace("-", "").replace(" ", "").substring(text.strip().length() >= 12 ? 4 : 2), n.canonical());
  }

  @Test
  void samordningsnummerHasTheDayPlusSixty() {
    IdentityNumber n = IdentityNumbers.parse("701063-2391", REF);
    assertEquals(IdentityKind.SE_SAMORDNINGSNUMMER, n.kind());
    assertEquals(LocalDate.of(1970, 10, 3), n.birthDate());
    assertEquals("197010632391", n.canonical());
    assertEquals(IdentityKind.SE_SAMORDNINGSNUMMER, IdentityNumbers.parse("640883-3231", REF).kind());
  }

  @Test
  void theCenturyOfATenDigitNumberFollowsItsSeparator() {
    // 121212-1212 read in 2026: under 100, so 2012; with '+' the person is over 100: 1912.
    assertEquals(2012, IdentityNumbers.parse("121212-1212", REF).birthDate().getYear());
    assertEquals(1912, IdentityNumbers.parse("121212+1212", REF).birthDate().getYear());
    assertEquals(2012, IdentityNumbers.parse("1212121212", REF).birthDate().getYear(), "no separator reads as '-'");
    IdentityNumber old = IdentityNumbers.parse("19121212-1212", REF);
    assertEquals("121212+1212", old.tenDigitForm(REF));
    assertEquals("121212-1212", old.tenDigitForm(LocalDate.of(2011, 1, 1)));
    assertEquals("19121212-1212", old.formatted());
  }

  @Test
  void norwegianTestNumbers() {
    IdentityNumber d = IdentityNumbers.parseNorwegian("70019950032");
    assertEquals(IdentityKind.NO_D_NUMMER, d.kind());
    // Individual number 500 with year 99 falls in the 1855–1899 range.
    assertEquals(LocalDate.of(1899, 1, 30), d.birthDate());
    assertEquals(500, d.serial());
    assertFalse(d.usesNewControlRule());
    IdentityNumber synthetic = IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, LocalDate.of(1985, 3, 14), 123).orElseGet(
        () -> IdentityNumbers.norwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, LocalDate.of(1985, 3, 14), 124).orElseThrow());
    assertTrue(synthetic.canonical().startsWith("148385"));
    assertEquals(synthetic, IdentityNumbers.parse(synthetic.canonical(), REF));
    assertEquals(synthetic, IdentityNumbers.parse(synthetic.canonical().substring(0, 6) + " " + synthetic.canonical().substring(6), REF));
    assertTrue(synthetic.kind().synthetic());
  }

  @Test
  void norwegianCenturiesComeFromTheIndividualNumber() {
    assertEquals(1999, IdentityNumbers.norwegianYear(99, 499));
    assertEquals(1899, IdentityNumbers.norwegianYear(99, 567));
    assertEquals(2005, IdentityNumbers.norwegianYear(5, 567));
    assertEquals(1955, IdentityNumbers.norwegianYear(55, 950));
    assertEquals(-1, IdentityNumbers.norwegianYear(45, 800), "750–899 with a year from 40 has no century");
    assertEquals(-1, IdentityNumbers.norwegianYear(45, 600), "500–749 before 55 has no century");
  }

  @Test
  void theKindsOfNorwegianNumberAreToldByTheirOffsets() {
    LocalDate birth = LocalDate.of(1990, 5, 17);
    for (IdentityKind kind : new IdentityKind[] {IdentityKind.NO_FODSELSNUMMER, IdentityKind.NO_D_NUMMER, IdentityKind.NO_H_NUMMER,
        IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, IdentityKind.NO_SYNTHETIC_D_NUMMER}) {
      IdentityNumber n = anyNorwegian(kind, birth);
      IdentityNumber parsed = IdentityNumbers.parseNorwegian(n.canonical());
      assertEquals(kind, parsed.kind());
      assertEquals(birth, parsed.birthDate());
    }
  }

  // ---- invalid input, one class at a time ---------------------------------------------------

  @ParameterizedTest
  @CsvSource({
    "'', EMPTY",
    "'   ', EMPTY",
    "640823-3235, BAD_CHECK_DIGIT",
    "64O823-3234, BAD_CHARACTER",
    "640823/3234, BAD_CHARACTER",
    "640823-323, BAD_LENGTH",
    "6408233234567, BAD_LENGTH",
    "64082-33234, BAD_SEPARATOR",
    "640823--3234, BAD_SEPARATOR",
    "19640823+3234, BAD_SEPARATOR",
    "6408-23-3234, BAD_SEPARATOR",
  })
  void invalidSwedishText(String text, Reason reason) {
    InvalidIdentityNumberException e = assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parse(text, REF));
    assertEquals(reason, e.reason());
    assertFalse(!text.isBlank() && e.getMessage().contains(text.strip()), "the message must not repeat the number");
  }

  @Test
  void impossibleDatesAreRejectedEvenWithAMatchingCheckDigit() {
    for (String date : new String[] {"19640230", "19640431", "19230229", "19001301", "19640100", "20000232"}) {
      String number = withLuhn(date.substring(2) + "323");
      assertEquals(Reason.IMPOSSIBLE_DATE, reason(date.substring(0, 2) + number), date);
    }
    assertEquals(IdentityKind.SE_PERSONNUMMER, IdentityNumbers.parse(date20000229(), REF).kind(), "2000 was a leap year");
    assertEquals(Reason.IMPOSSIBLE_DATE, reason("19" + withLuhn("640892" + "323")), "samordningsnummer day 92 is day 32");
  }

  @Test
  void serialZeroIsNeverAssigned() {
    assertEquals(Reason.BAD_SERIAL, reason(withLuhn("640823000")));
    assertEquals(IdentityKind.SE_PERSONNUMMER, IdentityNumbers.parse(withLuhn("640823001"), REF).kind());
  }

  @Test
  void birthDatesAfterTheReferenceDateAreRejected() {
    assertEquals(Reason.FUTURE_DATE, reason("20" + withLuhn("261201" + "123")));
    assertEquals(Reason.FUTURE_DATE, reason(withLuhn("261201" + "123")), "'-' in 2026 means 2026, which has not reached 1 December");
    assertEquals(IdentityKind.SE_PERSONNUMMER, IdentityNumbers.parse("20" + withLuhn("261124" + "123"), REF).kind(), "born today");
  }

  @Test
  void norwegianCheckDigitsAndThe2032Rule() {
    IdentityNumber base = anyNorwegian(IdentityKind.NO_SYNTHETIC_FODSELSNUMMER, LocalDate.of(1988, 6, 2));
    String first9 = base.canonical().substring(0, 9);
    int accepted = 0;
    for (int k1 = 0; k1 <= 9; k1++) {
      int remainder = (weighted(first9, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}) + k1) % 11;
      String ten = first9 + k1;
      int k2 = (11 - weighted(ten, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11) % 11;
      if (k2 == 10) {
        continue;
      }
      String number = ten + k2;
      if (remainder <= 3) {
        IdentityNumber n = IdentityNumbers.parseNorwegian(number);
        accepted++;
        assertEquals(remainder != 0, n.usesNewControlRule(), "remainder " + remainder);
        assertEquals(remainder == 0, n.sex().isPresent(), "sex is not read from numbers under the 2032 rule");
      } else {
        assertEquals(Reason.BAD_CHECK_DIGIT, assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseNorwegian(number)).reason(),
            "remainder " + remainder);
      }
      String wrongK2 = ten + ((k2 + 1) % 10);
      assertEquals(Reason.BAD_CHECK_DIGIT, assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseNorwegian(wrongK2)).reason());
    }
    assertTrue(accepted >= 1, "at least the classic remainder-0 number is accepted");
  }

  @Test
  void invalidNorwegianClasses() {
    assertEquals(Reason.IMPOSSIBLE_DATE, noReason(withMod11("3102" + "85" + "123")), "31 February");
    assertEquals(Reason.IMPOSSIBLE_DATE, noReason(withMod11("0113" + "85" + "123")), "month 13");
    assertEquals(Reason.UNKNOWN_KIND, noReason(withMod11("4145" + "85" + "123")), "D- and H-offsets together");
    assertEquals(Reason.BAD_INDIVIDUAL_NUMBER, noReason(withMod11("0101" + "45" + "800")));
    assertEquals(Reason.BAD_LENGTH, assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseNorwegian("6408233234")).reason());
    assertEquals(Reason.BAD_SEPARATOR, assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseNorwegian("140385+12345")).reason());
    assertEquals(Reason.BAD_LENGTH, assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseSwedish("70019950032", REF)).reason());
  }

  @Test
  void tryParseReadsARangeAndNeverThrows() {
    String text = "Ring om 640823-3234 eller 640823-3235.";
    assertTrue(IdentityNumbers.tryParse(text, 8, 19, REF).isPresent());
    assertTrue(IdentityNumbers.tryParse(text, 26, 37, REF).isEmpty());
    assertTrue(IdentityNumbers.tryParse(text, 0, 4, REF).isEmpty());
    assertTrue(IdentityNumbers.isValid(text, 8, 19, REF));
  }

  @Test
  void toStringNeverShowsTheNumber() {
    IdentityNumber n = IdentityNumbers.parse("640823-3234", REF);
    assertEquals("IdentityNumber[SE_PERSONNUMMER]", n.toString());
    assertEquals(n, IdentityNumbers.parse("196408233234", REF));
    assertEquals(n.hashCode(), IdentityNumbers.parse("196408233234", REF).hashCode());
  }

  @Test
  void constructionChecksItsArguments() {
    assertThrows(IllegalArgumentException.class, () -> IdentityNumbers.swedish(IdentityKind.SE_PERSONNUMMER, REF, 0));
    assertThrows(IllegalArgumentException.class, () -> IdentityNumbers.swedish(IdentityKind.NO_D_NUMMER, REF, 1));
    assertThrows(IllegalArgumentException.class, () -> IdentityNumbers.norwegian(IdentityKind.NO_FODSELSNUMMER, LocalDate.of(1950, 1, 1), 600));
  }

  // ---- independent reference computations for building test inputs -------------------------

  static String date20000229() {
    return "20" + withLuhn("000229" + "123");
  }

  /** Appends the Luhn digit to nine digits (written out independently of the code under test). */
  static String withLuhn(String nine) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int p = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += p / 10 + p % 10;
    }
    return nine + (10 - sum % 10) % 10;
  }

  /** Appends K1 and K2 to nine digits; the result may not be valid when a digit would be 10. */
  static String withMod11(String nine) {
    int k1 = (11 - weighted(nine, new int[] {3, 7, 6, 1, 8, 9, 4, 5, 2}) % 11) % 11;
    String ten = nine + (k1 % 10);
    int k2 = (11 - weighted(ten, new int[] {5, 4, 3, 2, 7, 6, 5, 4, 3, 2}) % 11) % 11;
    return ten + (k2 % 10);
  }

  static int weighted(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  static IdentityNumber anyNorwegian(IdentityKind kind, LocalDate birth) {
    int base = birth.getYear() < 1900 ? 500 : birth.getYear() < 2000 ? 0 : 500;
    for (int i = base; i < base + 200; i++) {
      Optional<IdentityNumber> n = IdentityNumbers.norwegian(kind, birth, i);
      if (n.isPresent()) {
        return n.get();
      }
    }
    throw new AssertionError("no number for " + kind);
  }

  private static Reason reason(String text) {
    return assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parse(text, REF)).reason();
  }

  private static Reason noReason(String text) {
    return assertThrows(InvalidIdentityNumberException.class, () -> IdentityNumbers.parseNorwegian(text)).reason();
  }
}
