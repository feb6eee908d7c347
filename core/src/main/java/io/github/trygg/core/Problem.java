package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input: a stable code a program can switch on, where it is, what is wrong
 * and what was expected. Never carries the offending value when that value could be personal data:
 * Trygg's readers do not quote values, and anything shaped like an identity number (ten to twelve
 * digits, or a date and four or five digits) in the message, the expectation, the source name or
 * the pointer is replaced by {@code [hidden]} when the problem is made.
 *
 * @param code the problem code, such as {@code unknown-property}
 * @param location where the problem is
 * @param message what was found
 * @param expected what was expected instead
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Problem(String code, Location location, String message, String expected) {

  /**
   * Hides any identity number in the location, message and expectation.
   *
   * @param code the problem code, such as {@code unknown-property}
   * @param location where the problem is
   * @param message what was found
   * @param expected what was expected instead
   */
  public Problem {
    location = Redaction.location(location);
    message = Redaction.text(message);
    expected = Redaction.text(expected);
  }

  @Override
  public String toString() {
    return expected.isEmpty()
        ? location + ": " + message + " [" + code + "]"
        : location + ": " + message + "; expected " + expected + " [" + code + "]";
  }
}
