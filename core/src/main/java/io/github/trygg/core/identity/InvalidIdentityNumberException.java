package io.github.trygg.core.identity;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
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
  public enum Reason implements Labelled {
    /** The text is empty. */
    EMPTY("the text is empty", "an identity number"),
    /** A character is neither a digit nor a separator. */
    BAD_CHARACTER("it contains a character that is not a digit or a separator", "digits, optionally one '-' or '+'"),
    /** The number of digits fits no kind of number. */
    BAD_LENGTH("it has the wrong number of digits", "10 or 12 digits (Swedish) or 11 digits (Norwegian)"),
    /** A separator is misplaced or not allowed. */
    BAD_SEPARATOR("the separator is in the wrong place or not allowed there", "YYMMDD-NNNC, YYMMDD+NNNC, YYYYMMDD-NNNC or DDMMYYIIIKK"),
    /** The encoded birth date does not exist. */
    IMPOSSIBLE_DATE("the birth date does not exist", "a real date (offsets for samordnings-, D- and H-numbers removed)"),
    /** The birth date is after the reference date. */
    FUTURE_DATE("the birth date is after the reference date", "a birth date on or before the reference date"),
    /** The Swedish serial number 000, which is never assigned. */
    BAD_SERIAL("the serial number 000 is never assigned", "a birth number from 001 to 999"),
    /** The Norwegian individual number fits no century for the birth year. */
    BAD_INDIVIDUAL_NUMBER("the individual number does not fit any century for this birth year", "000–499, 500–749 (1855–1899), 500–999 (2000–2039) or 900–999 (1940–1999)"),
    /** A check digit does not match. */
    BAD_CHECK_DIGIT("the check digit does not match", "the check digit computed from the other digits"),
    /** The day and month offsets form no known kind of number. */
    UNKNOWN_KIND("the day and month offsets do not form any known kind of number", "a fødselsnummer, D-, H- or synthetic number");

    private final String message;
    private final String expected;

    Reason(String message, String expected) {
      this.message = message;
      this.expected = expected;
    }

    /** {@return what is wrong, in words; never the text} */
    public String message() {
      return message;
    }

    /** {@return what a valid number looks like} */
    public String expected() {
      return expected;
    }

    /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case EMPTY -> new LocalizedText("tomt", "tomt", "empty");
        case BAD_CHARACTER -> new LocalizedText("innehåller ett tecken som inte är en siffra eller ett skiljetecken", "inneholder et tegn som ikke er et siffer eller skilletegn", "contains a character that is not a digit or a separator");
        case BAD_LENGTH -> new LocalizedText("har fel antal siffror", "har feil antall sifre", "has the wrong number of digits");
        case BAD_SEPARATOR -> new LocalizedText("har skiljetecknet på fel plats", "har skilletegnet på feil plass", "has the separator in the wrong place");
        case IMPOSSIBLE_DATE -> new LocalizedText("har ett datum som inte finns", "har en dato som ikke finnes", "has a date that does not exist");
        case FUTURE_DATE -> new LocalizedText("har ett datum som inte har inträffat", "har en dato som ikke har kommet ennå", "has a date in the future");
        case BAD_SERIAL -> new LocalizedText("har ett födelsenummer som aldrig tilldelas", "har et løpenummer som aldri tildeles", "has a serial number that is never assigned");
        case BAD_INDIVIDUAL_NUMBER -> new LocalizedText("har ett individnummer som inte passar födelseåret", "har et individnummer som ikke passer fødselsåret", "has an individual number that does not fit the year of birth");
        case BAD_CHECK_DIGIT -> new LocalizedText("har fel kontrollsiffra", "har feil kontrollsiffer", "has a wrong check digit");
        case UNKNOWN_KIND -> new LocalizedText("är inte ett nummer av känd typ", "er ikke et nummer av kjent type", "is not a number of a known kind");
      };
    }
  }

  private final Reason reason;

  /**
   * Text that is not a valid identity number.
   *
   * @param reason what is wrong
   * @param what what was expected, such as "personnummer"; names the problem's source
   */
  public InvalidIdentityNumberException(Reason reason, String what) {
    super(new Problem("identity-number-" + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        Location.of(what, ""), "not a valid " + what + ": " + reason.message(), reason.expected()));
    this.reason = reason;
  }

  /** {@return what is wrong with the text} */
  public Reason reason() {
    return reason;
  }
}
