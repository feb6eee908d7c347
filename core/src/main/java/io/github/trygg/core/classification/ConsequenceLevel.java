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

  public int ordinalLevel() {
    return ordinal();
  }

  public static ConsequenceLevel ofOrdinal(int level) {
    if (level < 0 || level >= BY_ORDINAL.length) {
      throw new IllegalArgumentException("consequence level must be 0–4, was " + level);
    }
    return BY_ORDINAL[level];
  }

  public boolean atLeast(ConsequenceLevel other) {
    return compareTo(other) >= 0;
  }

  public static ConsequenceLevel max(ConsequenceLevel a, ConsequenceLevel b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  public static ConsequenceLevel min(ConsequenceLevel a, ConsequenceLevel b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Level 4 is outside what a catalogue can answer: KLASSA gives no action plan for it. */
  public boolean requiresSeparateAnalysis() {
    return this == VERY_SERIOUS;
  }
}
