package io.github.trygg.core.identity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.InvalidIdentityNumberException.Reason;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Parses, validates and builds Swedish and Norwegian identity numbers.
 *
 * <p>Swedish personnummer and samordningsnummer (day + 60): 10 digits with or without '-' or '+'
 * (the '+' from the year the person turns 100), or 12 digits with the century; the century of a
 * 10-digit form is inferred against a reference date; the check digit is Luhn over the 10-digit
 * form. Norwegian fødselsnummer, D-nummer (day + 40), H-nummer (month + 40) and synthetic test
 * numbers (month + 80): 11 digits, the century read from the individual number, two mod-11 check
 * digits, the first of which may leave remainder 0–3 under the rule in force from 1 January 2032.
 *
 * <p>One space, '-' or '+' may separate the date from the rest; surrounding white space is
 * ignored. Nothing else is accepted.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IdentityNumbers {
  private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private IdentityNumbers() {}

  /**
   * Either country, told apart by the number of digits: 11 is Norwegian, 10 or 12 Swedish.
   *
   * @param referenceDate the day the number is read on: it decides the century of a Swedish
   *     10-digit form, and no birth date may be after it
   * @param text the number as written
   * @return the number
   */
  public static IdentityNumber parse(CharSequence text, LocalDate referenceDate) {
    return orThrow(parse(text, 0, text.length(), referenceDate, null), null);
  }

  /**
   * A Swedish personnummer or samordningsnummer in any usual form.
   *
   * @param text the number as written
   * @param referenceDate the day it is read on: it decides the century of a 10-digit form
   * @return the number
   * @throws InvalidIdentityNumberException if the text is not a valid Swedish number
   */
  public static IdentityNumber parseSwedish(CharSequence text, LocalDate referenceDate) {
    return orThrow(parse(text, 0, text.length(), referenceDate, Jurisdiction.SWEDEN), Jurisdiction.SWEDEN);
  }

  /**
   * A Norwegian number; the century comes from the individual number, so no date is needed.
   *
   * @param text the number as written
   * @return the number
   */
  public static IdentityNumber parseNorwegian(CharSequence text) {
    return orThrow(parse(text, 0, text.length(), null, Jurisdiction.NORWAY), Jurisdiction.NORWAY);
  }

  /**
   * A Norwegian number whose birth date must not be after {@code referenceDate}.
   *
   * @param text the number as written
   * @param referenceDate the day the text is read on: it decides the century of a Swedish 10-digit form, and no birth date may be after it
   * @return the number
   */
  public static IdentityNumber parseNorwegian(CharSequence text, LocalDate referenceDate) {
    return orThrow(parse(text, 0, text.length(), referenceDate, Jurisdiction.NORWAY), Jurisdiction.NORWAY);
  }

  /**
   * The number in {@code text[start, end)}, or empty. Throws nothing and allocates nothing when the
   * text is not a valid number, so a scanner can try every candidate.
   *
   * @param text the number as written
   * @param start the index of the number's first character
   * @param end the index just past its last character
   * @param referenceDate the day the text is read on: it decides the century of a Swedish 10-digit form, and no birth date may be after it
   * @return the number; empty when the text is not a valid number
   */
  public static Optional<IdentityNumber> tryParse(CharSequence text, int start, int end, LocalDate referenceDate) {
    Object result = parse(text, start, end, referenceDate, null);
    return result instanceof IdentityNumber n ? Optional.of(n) : Optional.empty();
  }

  /**
   * Whether {@code text[start, end)} is a valid number; the cheapest check.
   *
   * @param text the number as written
   * @param start the index of the number's first character
   * @param end the index just past its last character
   * @param referenceDate the day the text is read on: it decides the century of a Swedish 10-digit form, and no birth date may be after it
   * @return whether it is a valid number
   */
  public static boolean isValid(CharSequence text, int start, int end, LocalDate referenceDate) {
    return parse(text, start, end, referenceDate, null) instanceof IdentityNumber;
  }

  /**
   * A Swedish number from its parts, with the check digit computed.
   *
   * @param serial the birth number, 1–999 (odd for men, even for women)
   * @param kind the kind of number: ordinary, co-ordination, D-, H- or synthetic
   * @param birthDate the birth date to encode
   * @return the number
   */
  public static IdentityNumber swedish(IdentityKind kind, LocalDate birthDate, int serial) {
    if (kind.jurisdiction() != Jurisdiction.SWEDEN) {
      throw new IllegalArgumentException(kind + " is not a Swedish kind");
    }
    if (serial < 1 || serial > 999) {
      throw new IllegalArgumentException("a Swedish birth number is 1–999");
    }
    int year = birthDate.getYear();
    if (year < 1800 || year > 2099) {
      throw new IllegalArgumentException("a Swedish birth year is 1800–2099");
    }
    int yy = year % 100;
    int mm = birthDate.getMonthValue();
    int dd = birthDate.getDayOfMonth() + kind.dayOffset();
    int check = luhn(yy * 10_000_000L + mm * 100_000L + dd * 1_000L + serial);
    // Digit by digit rather than String.format: pseudonymisers build millions of these.
    return new IdentityNumber(kind, birthDate, serial, (((year * 100L + mm) * 100 + dd) * 1000 + serial) * 10 + check, false);
  }

  /**
   * A Norwegian number from its parts, with check digits computed so that it is valid under both
   * the old and the 2032 rule (first check digit with remainder 0). Empty when that is impossible
   * for these parts, because a check digit would be 10.
   *
   * @param individualNumber 0–999, in a range that fits the birth year's century
   * @param kind the kind of number: ordinary, co-ordination, D-, H- or synthetic
   * @param birthDate the birth date to encode
   * @return the number; empty when a check digit would be 10
   */
  public static Optional<IdentityNumber> norwegian(IdentityKind kind, LocalDate birthDate, int individualNumber) {
    if (kind.jurisdiction() != Jurisdiction.NORWAY) {
      throw new IllegalArgumentException(kind + " is not a Norwegian kind");
    }
    if (individualNumber < 0 || individualNumber > 999) {
      throw new IllegalArgumentException("a Norwegian individual number is 0–999");
    }
    int yy = birthDate.getYear() % 100;
    if (norwegianYear(yy, individualNumber) != birthDate.getYear()) {
      throw new IllegalArgumentException("the individual number does not fit the birth year's century");
    }
    int dd = birthDate.getDayOfMonth() + kind.dayOffset();
    int mm = birthDate.getMonthValue() + kind.monthOffset();
    int[] d = {dd / 10, dd % 10, mm / 10, mm % 10, yy / 10, yy % 10, individualNumber / 100, individualNumber / 10 % 10, individualNumber % 10, 0, 0};
    int k1 = (11 - weighted(d, K1_WEIGHTS) % 11) % 11;
    if (k1 == 10) {
      return Optional.empty();
    }
    d[9] = k1;
    int k2 = (11 - weighted(d, K2_WEIGHTS) % 11) % 11;
    if (k2 == 10) {
      return Optional.empty();
    }
    d[10] = k2;
    return Optional.of(new IdentityNumber(kind, birthDate, individualNumber, number(d), false));
  }

  /** The digits read as one decimal number. */
  private static long number(int[] digits) {
    long n = 0;
    for (int digit : digits) {
      n = n * 10 + digit;
    }
    return n;
  }

  // ---------------------------------------------------------------- parsing

  private static IdentityNumber orThrow(Object result, @Nullable Jurisdiction country) {
    if (result instanceof IdentityNumber n) {
      return n;
    }
    String what = country == null ? "identity number" : country == Jurisdiction.SWEDEN ? "Swedish identity number" : "Norwegian identity number";
    throw new InvalidIdentityNumberException((Reason) result, what);
  }

  /** An {@link IdentityNumber} or the {@link Reason} it is not one: no exception, no garbage on failure. */
  private static Object parse(CharSequence text, int start, int end, @Nullable LocalDate ref, @Nullable Jurisdiction only) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return Reason.EMPTY;
    }
    int n = 0;
    int separatorAt = -1;
    char separator = 0;
    long digits = 0; // up to 12 decimal digits fit
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++n > 12) {
          return Reason.BAD_LENGTH;
        }
        digits = digits * 10 + (c - '0');
      } else if (c == '-' || c == '+' || c == ' ' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\u00a0') {
        if (separatorAt >= 0) {
          return Reason.BAD_SEPARATOR;
        }
        separatorAt = n;
        separator = c == '+' ? '+' : c == ' ' || c == '\u00a0' ? ' ' : '-';
      } else {
        return Reason.BAD_CHARACTER;
      }
    }
    if (n == 0) {
      return Reason.BAD_CHARACTER;
    }
    if (n == 11) {
      if (only == Jurisdiction.SWEDEN) {
        return Reason.BAD_LENGTH;
      }
      if (separatorAt >= 0 && (separatorAt != 6 || separator == '+')) {
        return Reason.BAD_SEPARATOR;
      }
      return norwegian(digits, ref);
    }
    if (n == 10 || n == 12) {
      if (only == Jurisdiction.NORWAY) {
        return Reason.BAD_LENGTH;
      }
      if (separatorAt >= 0 && (separatorAt != n - 4 || (n == 12 && separator == '+'))) {
        return Reason.BAD_SEPARATOR;
      }
      return swedish(digits, n, separator == '+', Objects.requireNonNull(ref, "reference date"));
    }
    return Reason.BAD_LENGTH;
  }

  private static Object swedish(long digits, int n, boolean plus, LocalDate ref) {
    int check = (int) (digits % 10);
    int serial = (int) (digits / 10 % 1000);
    int dd = (int) (digits / 10_000 % 100);
    int mm = (int) (digits / 1_000_000 % 100);
    int yy = (int) (digits / 100_000_000 % 100);
    int year;
    if (n == 12) {
      year = (int) (digits / 100_000_000L);
      if (year < 1800 || year > 2099) {
        return Reason.IMPOSSIBLE_DATE;
      }
    } else {
      if (ref == null) {
        throw new IllegalArgumentException("a reference date is needed to read a 10-digit Swedish number");
      }
      int refYear = ref.getYear();
      year = refYear - Math.floorMod(refYear - yy, 100) - (plus ? 100 : 0);
    }
    IdentityKind kind = dd > 60 ? IdentityKind.SE_SAMORDNINGSNUMMER : IdentityKind.SE_PERSONNUMMER;
    int day = dd - kind.dayOffset();
    if (!validDate(year, mm, day)) {
      return Reason.IMPOSSIBLE_DATE;
    }
    if (serial == 0) {
      return Reason.BAD_SERIAL;
    }
    if (luhn(digits / 10 % 1_000_000_000L) != check) {
      return Reason.BAD_CHECK_DIGIT;
    }
    LocalDate birth = LocalDate.of(year, mm, day);
    if (ref != null && birth.isAfter(ref)) {
      return Reason.FUTURE_DATE;
    }
    return new IdentityNumber(kind, birth, serial, (long) year * 100_000_000L + digits % 100_000_000L, false);
  }

  private static Object norwegian(long digits, @Nullable LocalDate ref) {
    int[] d = new int[11];
    long rest = digits;
    for (int i = 10; i >= 0; i--) {
      d[i] = (int) (rest % 10);
      rest /= 10;
    }
    int dd = d[0] * 10 + d[1];
    int mm = d[2] * 10 + d[3];
    int yy = d[4] * 10 + d[5];
    int individual = d[6] * 100 + d[7] * 10 + d[8];
    boolean dNumber = dd >= 41 && dd <= 71;
    int month;
    IdentityKind kind;
    if (mm >= 1 && mm <= 12) {
      month = mm;
      kind = dNumber ? IdentityKind.NO_D_NUMMER : IdentityKind.NO_FODSELSNUMMER;
    } else if (mm >= 41 && mm <= 52) {
      if (dNumber) {
        return Reason.UNKNOWN_KIND;
      }
      month = mm - 40;
      kind = IdentityKind.NO_H_NUMMER;
    } else if (mm >= 81 && mm <= 92) {
      month = mm - 80;
      kind = dNumber ? IdentityKind.NO_SYNTHETIC_D_NUMMER : IdentityKind.NO_SYNTHETIC_FODSELSNUMMER;
    } else {
      return Reason.IMPOSSIBLE_DATE;
    }
    int year = norwegianYear(yy, individual);
    if (year < 0) {
      return Reason.BAD_INDIVIDUAL_NUMBER;
    }
    int day = dNumber ? dd - 40 : dd;
    if (!validDate(year, month, day)) {
      return Reason.IMPOSSIBLE_DATE;
    }
    // From 2032 the first check digit's weighted sum may leave remainder 0, 1, 2 or 3.
    int k1Remainder = (weighted(d, K1_WEIGHTS) + d[9]) % 11;
    if (k1Remainder > 3) {
      return Reason.BAD_CHECK_DIGIT;
    }
    int k2 = (11 - weighted(d, K2_WEIGHTS) % 11) % 11;
    if (k2 != d[10]) {
      return Reason.BAD_CHECK_DIGIT;
    }
    LocalDate birth = LocalDate.of(year, month, day);
    if (ref != null && birth.isAfter(ref)) {
      return Reason.FUTURE_DATE;
    }
    return new IdentityNumber(kind, birth, individual, number(d), k1Remainder != 0);
  }

  /**
   * The birth year from the two-digit year and the individual number, or -1 when the individual
   * number belongs to no century for that year: 000–499 → 1900–1999; 500–749 with year ≥ 55 →
   * 1855–1899; 500–999 with year &lt; 40 → 2000–2039; 900–999 with year ≥ 40 → 1940–1999.
   */
  static int norwegianYear(int yy, int individual) {
    if (individual <= 499) {
      return 1900 + yy;
    }
    if (yy < 40) {
      return 2000 + yy;
    }
    if (individual >= 900) {
      return 1900 + yy;
    }
    if (individual <= 749 && yy >= 55) {
      return 1800 + yy;
    }
    return -1;
  }

  private static int weighted(int[] d, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * d[i];
    }
    return sum;
  }

  /**
   * Luhn (modulus 10, weights 2,1,2,… from the left) over the nine digits YYMMDDNNN before the check
   * digit; with nine digits the rightmost one also has weight 2.
   */
  private static int luhn(long nine) {
    int sum = 0;
    boolean two = true;
    for (int i = 0; i < 9; i++) {
      int digit = (int) (nine % 10);
      nine /= 10;
      int p = two ? digit * 2 : digit;
      sum += p > 9 ? p - 9 : p;
      two = !two;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean validDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int length = switch (month) {
      case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= length;
  }
}
