package io.github.trygg.core;

import java.util.regex.Pattern;

/**
 * Hides anything shaped like a Nordic identity number — ten to twelve digits, or a six- or
 * eight-digit date and four or five more joined by a hyphen, plus or space — in text a user will
 * see. It errs on the side of hiding: a valid check digit is not required, since a mistyped number
 * is still someone's.
 */
final class Redaction {
  static final String HIDDEN = "[hidden]";
  private static final Pattern SHAPE =
      Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");

  private Redaction() {}

  static String text(String text) {
    // Cheap test first: most messages have no run of six digits at all.
    int run = 0;
    boolean candidate = false;
    for (int i = 0; i < text.length() && !candidate; i++) {
      run = Character.isDigit(text.charAt(i)) && text.charAt(i) < 128 ? run + 1 : 0;
      candidate = run >= 6;
    }
    return candidate ? SHAPE.matcher(text).replaceAll(HIDDEN) : text;
  }

  static Location location(Location location) {
    String source = text(location.source());
    String pointer = text(location.pointer());
    return source.equals(location.source()) && pointer.equals(location.pointer())
        ? location
        : new Location(source, location.line(), location.column(), pointer);
  }
}
