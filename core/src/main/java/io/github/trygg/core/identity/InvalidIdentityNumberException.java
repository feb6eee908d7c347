package io.github.trygg.core.identity;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import org.apiguardian.api.API;

/**
 * Text that is not a valid identity number, with what is wrong. The message never repeats the
 * text: it may be a real person's number with a typo.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class InvalidIdentityNumberException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with the text. */
  public enum Reason {
    EMPTY("the text is empty", "an identity number"),
    BAD_CHARACTER("it contains a character that is not a digit or a separator", "digits, optionally one '-' or '+'"),
    BAD_LENGTH("it has the wrong number of digits", "10 or 12 digits (Swedish) or 11 digits (Norwegian)"),
    BAD_SEPARATOR("the separator is in the wrong place or not allowed there", "YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC or DDMMYYIIIKK"),
    IMPOSSIBLE_DATE("the birth date does not exist", "a real date (offsets for samordnings-, D- and H-numbers removed)"),
    FUTURE_DATE("the birth date is after the reference date", "a birth date on or before the reference date"),
    BAD_SERIAL("the serial number 000 is never assigned", "a birth number from 001 to 999"),
    BAD_INDIVIDUAL_NUMBER("the individual number does not fit any century for this birth year", "000–499, 500–749 (1855–1899), 500–999 (2000–2039) or 900–999 (1940–1999)"),
    BAD_CHECK_DIGIT("the check digit does not match", "the check digit computed from the other digits"),
    UNKNOWN_KIND("the day and month offsets do not form any known kind of number", "a fødselsnummer, D-, H- or synthetic number");

    private final String message;
    private final String expected;

    Reason(String message, String expected) {
      this.message = message;
      this.expected = expected;
    }

    public String message() {
      return message;
    }

    public String expected() {
      return expected;
    }
  }

  private final Reason reason;

  public InvalidIdentityNumberException(Reason reason, String what) {
    super(new Problem("identity-number-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        Location.of(what, ""), "not a valid " + what + ": " + reason.message(), reason.expected()));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
