package io.github.trygg.core.internal.data;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Problem;
import java.util.regex.Pattern;

/** What every fuzz target checks of a refusal. */
public final class FuzzChecks {
  /** Ten to twelve digits, or a date and four or five more: never in a problem. */
  private static final Pattern SHAPE = Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");

  private FuzzChecks() {}

  /** Every problem has a code, a source and a message, and none shows anything shaped like an identity number. */
  public static void located(InvalidInputException e) {
    for (Problem p : e.problems()) {
      if (p.code().isEmpty() || p.location().source().isEmpty() || p.message().isEmpty()) {
        throw new AssertionError("problem without code, source or message: " + p);
      }
    }
    if (SHAPE.matcher(e.getMessage()).find()) {
      throw new AssertionError("a problem shows something shaped like an identity number");
    }
  }
}
