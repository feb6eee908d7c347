package io.github.trygg.crypto.testkit;

import java.util.SplittableRandom;

/** The seed of a property test: {@code -Dtrygg.seed=N} replays one; otherwise a fresh one, printed in every failure message. */
public final class Seeds {
  private Seeds() {}

  public static long seed() {
    String given = System.getProperty("trygg.seed", "");
    return given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
  }
}
