package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * One thing wrong with an input: a stable code a program can switch on, where it is, what is wrong
 * and what was expected. Never carries the offending value when that value could be personal data.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Problem(String code, Location location, String message, String expected) {

  @Override
  public String toString() {
    return expected.isEmpty()
        ? location + ": " + message + " [" + code + "]"
        : location + ": " + message + "; expected " + expected + " [" + code + "]";
  }
}
