package io.github.trygg.core.classification;

import org.apiguardian.api.API;

/**
 * The ordinal consequence level 0–4 that every comparison uses. Only the ordinal lives here:
 * labels ("Betydande", "hoch", "3") come from a classification profile, because the sources
 * number the same levels differently.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ConsequenceLevel {
  /** 0 — none or negligible. */
  NONE,
  /** 1 — moderate. */
  MODERATE,
  /** 2 — substantial. */
  SUBSTANTIAL,
  /** 3 — serious. */
  SERIOUS,
  /** 4 — very serious: beyond the requirement catalogues, always needs a separate analysis. */
  VERY_SERIOUS;

  private static final ConsequenceLevel[] BY_ORDINAL = values();

  /** {@return the level as a number, 0 to 4} */
  public int ordinalLevel() {
    return ordinal();
  }

  /**
   * The level with this number.
   *
   * @param level 0 to 4
   * @return the level
   * @throws IllegalArgumentException if the number is outside 0–4
   */
  public static ConsequenceLevel ofOrdinal(int level) {
    if (level < 0 || level >= BY_ORDINAL.length) {
      throw new IllegalArgumentException("consequence level must be 0–4, was " + level);
    }
    return BY_ORDINAL[level];
  }

  /**
   * Whether this level is {@code other} or higher.
   *
   * @param other the level to compare with
   * @return whether this is at least as high
   */
  public boolean atLeast(ConsequenceLevel other) {
    return compareTo(other) >= 0;
  }

  /**
   * The higher of two levels.
   *
   * @param a one level
   * @param b another
   * @return the higher, {@code a} when equal
   */
  public static ConsequenceLevel max(ConsequenceLevel a, ConsequenceLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * The lower of two levels.
   *
   * @param a one level
   * @param b another
   * @return the lower, {@code a} when equal
   */
  public static ConsequenceLevel min(ConsequenceLevel a, ConsequenceLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** {@return whether the level needs an analysis of its own} Level 4 is outside what a catalogue can answer: KLASSA gives no action plan for it. */
  public boolean requiresSeparateAnalysis() {
    return this == VERY_SERIOUS;
  }
}
