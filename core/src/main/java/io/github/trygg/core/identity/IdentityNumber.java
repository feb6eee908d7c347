package io.github.trygg.core.identity;

import io.github.trygg.core.Jurisdiction;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A valid Swedish or Norwegian identity number. Immutable; equal when the canonical forms are.
 * {@link #toString()} names the kind only — the number itself is personal data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class IdentityNumber {
  private final IdentityKind kind;
  private final LocalDate birthDate;
  private final int serial;
  /** The canonical digits as a number: 12 Swedish digits, or 11 Norwegian ones (which may start with 0). */
  private final long digits;
  private final boolean newControlRule;
  /** Written out when first asked for: many numbers are only compared or mapped to others. */
  private @Nullable String canonical;

  IdentityNumber(IdentityKind kind, LocalDate birthDate, int serial, long digits, boolean newControlRule) {
    this.kind = kind;
    this.birthDate = birthDate;
    this.serial = serial;
    this.digits = digits;
    this.newControlRule = newControlRule;
  }

  /** {@return what kind of number it is} */
  public IdentityKind kind() {
    return kind;
  }

  /** {@return the jurisdiction that issues this kind of number} */
  public Jurisdiction jurisdiction() {
    return kind.jurisdiction();
  }

  /** {@return the birth date the number encodes, with the samordnings-, D-, H- and test offsets removed} */
  public LocalDate birthDate() {
    return birthDate;
  }

  /** {@return the serial: the Swedish birth number 1–999, or the Norwegian individual number 0–999} */
  public int serial() {
    return serial;
  }

  /**
   * {@return the canonical form} Swedish: 12 digits {@code YYYYMMDDNNNC} (day + 60 for a
   * samordningsnummer). Norwegian: the 11 digits {@code DDMMYYIIIKK} with their offsets.
   */
  public String canonical() {
    String c = canonical;
    if (c == null) {
      // A String is safe to publish without a lock; threads that race here make the same one.
      c = String.valueOf(digits);
      if (kind.jurisdiction() == Jurisdiction.NORWAY && c.length() < 11) {
        c = "0".repeat(11 - c.length()) + c;
      }
      canonical = c;
    }
    return c;
  }

  /**
   * {@return whether this is a Norwegian number whose first check digit follows the rule in force
   * from 2032} (weighted sum with remainder 1, 2 or 3), which no longer encodes sex.
   */
  public boolean usesNewControlRule() {
    return newControlRule;
  }

  /**
   * {@return the legal sex the number encodes: the parity of the Swedish birth number's last digit
   * or of the Norwegian individual number's third digit} Empty for numbers under the 2032 rule,
   * where sex must come from the population register instead.
   */
  public Optional<Sex> sex() {
    if (newControlRule) {
      return Optional.empty();
    }
    return Optional.of(serial % 2 == 1 ? Sex.MALE : Sex.FEMALE);
  }

  /**
   * The Swedish 10-digit form with its separator: '-' while the person is under 100 in the
   * reference year, '+' from the year they turn 100.
   *
   * @param referenceDate the day the form is written on
   * @return {@code YYMMDD-NNNC} or {@code YYMMDD+NNNC}
   * @throws IllegalStateException for a Norwegian number, which has no such form
   */
  public String tenDigitForm(LocalDate referenceDate) {
    if (kind.jurisdiction() != Jurisdiction.SWEDEN) {
      throw new IllegalStateException("only Swedish numbers have a 10-digit form");
    }
    char separator = referenceDate.getYear() - birthDate.getYear() >= 100 ? '+' : '-';
    String canonical = canonical();
    return canonical.substring(2, 8) + separator + canonical.substring(8);
  }

  /** {@return the usual written form: {@code YYYYMMDD-NNNC} in Sweden, the 11 digits in Norway} */
  public String formatted() {
    String canonical = canonical();
    return kind.jurisdiction() == Jurisdiction.SWEDEN ? canonical.substring(0, 8) + '-' + canonical.substring(8) : canonical;
  }

  @Override
  public boolean equals(Object o) {
    // Equal digits and country: equal canonical forms (each country writes a fixed number of digits).
    return o instanceof IdentityNumber other && digits == other.digits && kind.jurisdiction() == other.kind.jurisdiction();
  }

  @Override
  public int hashCode() {
    return Long.hashCode(digits);
  }

  /** {@return the kind only, never the number} */
  @Override
  public String toString() {
    return "IdentityNumber[" + kind + "]";
  }
}
