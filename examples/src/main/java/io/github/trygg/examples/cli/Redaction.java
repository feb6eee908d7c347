package io.github.trygg.examples.cli;

import java.util.regex.Pattern;

/**
 * The last guard on what the tool prints about errors: anything shaped like a Nordic identity
 * number (ten to twelve digits, or a date and four or five digits) is shown as {@code [hidden]},
 * whatever put it into a message — an argument echoed by the option parser, a host's exception.
 */
final class Redaction {
  private static final Pattern SHAPE =
      Pattern.compile("(?<![0-9])(?:[0-9]{10,12}|[0-9]{6}(?:[0-9]{2})?(?: ?[-+] ?| )[0-9]{4,5})(?![0-9])");

  private Redaction() {}

  static String line(String text) {
    return text == null ? "" : SHAPE.matcher(text).replaceAll("[hidden]");
  }
}
