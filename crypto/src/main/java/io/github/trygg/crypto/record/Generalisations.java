package io.github.trygg.crypto.record;

import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** The generalisations; each gives the coarser value, or empty when it cannot read the value. */
final class Generalisations {
  private Generalisations() {}

  static Optional<String> apply(FieldAction.Generalise g, String value, LocalDate today) {
    String v = value.strip();
    switch (g.to()) {
      case YEAR:
        return date(v, today).map(d -> String.valueOf(d.getYear()));
      case YEAR_MONTH:
        return date(v, today).map(d -> String.format("%04d-%02d", d.getYear(), d.getMonthValue()));
      case DECADE:
        return date(v, today).map(d -> String.valueOf(d.getYear() - Math.floorMod(d.getYear(), 10)));
      case TRUNCATE:
        {
          int end = v.offsetByCodePoints(0, Math.min(g.parameter(), v.codePointCount(0, v.length())));
          return Optional.of(v.substring(0, end));
        }
      default:
        return range(v, g.parameter());
    }
  }

  /** An ISO date (or the date of a date-time), eight digits YYYYMMDD, or an identity number's birth date. */
  static Optional<LocalDate> date(String v, LocalDate today) {
    try {
      if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && (v.length() == 10 || v.charAt(10) == 'T' || v.charAt(10) == ' ')) {
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        if (year >= 0 && month >= 0 && day >= 0) {
          // What ISO_LOCAL_DATE reads from plain digits, without a formatter per value.
          return Optional.of(LocalDate.of(year, month, day));
        }
        return Optional.of(LocalDate.parse(v.substring(0, 10)));
      }
      if (v.length() == 8 && v.chars().allMatch(Character::isDigit)) {
        return Optional.of(LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(4, 6)), Integer.parseInt(v.substring(6))));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return IdentityNumbers.tryParse(v, 0, v.length(), today).map(IdentityNumber::birthDate);
  }

  /** The value of the ASCII digits in [from, to) (at most 18 of them), or -1 if any is not one. */
  private static int digits(String v, int from, int to) {
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) value;
  }

  /**
   * The longest number text read for a range: longer text is refused before it is parsed, so no
   * value costs more than a few dozen digits of arithmetic.
   */
  static final int MAX_NUMBER_LENGTH = 64;
  /** The most digits before the decimal point a value may have, after its exponent is applied. */
  static final int MAX_INTEGER_DIGITS = 30;
  /** The most digits after the decimal point, after the exponent: 1e-999999999 is refused. */
  static final int MAX_FRACTION_DIGITS = 60;

  /**
   * The range of {@code width} holding the number. A number written with an exponent is a few bytes
   * that stand for millions of digits ({@code 1e10000000}); it is refused by its magnitude, read off
   * precision and scale, before any arithmetic could expand it.
   */
  private static Optional<String> range(String v, int width) {
    if (v.length() > MAX_NUMBER_LENGTH) {
      return Optional.empty();
    }
    int sign = v.isEmpty() ? 0 : v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
    if (v.length() - sign >= 1 && v.length() - sign <= 18 && digits(v, sign, v.length()) >= 0) {
      // A plain integer, the common case: the same range in long arithmetic.
      long number = Long.parseLong(v);
      long low = Math.floorDiv(number, width) * width;
      return Optional.of(low + "-" + (low + width - 1));
    }
    BigDecimal number;
    try {
      number = new BigDecimal(v.replace(',', '.'));
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
    // precision - scale is the number of integer digits (exact for non-zero values, and long
    // arithmetic because both are ints); a zero with a huge exponent is refused by its scale.
    long integerDigits = (long) number.precision() - number.scale();
    if (integerDigits > MAX_INTEGER_DIGITS || number.scale() > MAX_FRACTION_DIGITS || number.scale() < -MAX_INTEGER_DIGITS) {
      return Optional.empty();
    }
    BigInteger w = BigInteger.valueOf(width);
    BigInteger low = number.divide(new BigDecimal(w), 0, RoundingMode.FLOOR).toBigIntegerExact().multiply(w);
    return Optional.of(low + "-" + low.add(w).subtract(BigInteger.ONE));
  }
}
