package io.github.trygg.core.classification;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * A consequence level for each of the four aspects; an aspect that was not given is
 * {@link ConsequenceLevel#NONE}. Immutable.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Levels {
  private static final SecurityAspect[] ASPECTS = SecurityAspect.values();
  private static final Levels NONE = new Levels(new ConsequenceLevel[] {
      ConsequenceLevel.NONE, ConsequenceLevel.NONE, ConsequenceLevel.NONE, ConsequenceLevel.NONE});

  private final ConsequenceLevel[] levels;

  private Levels(ConsequenceLevel[] levels) {
    this.levels = levels;
  }

  /** {@return level 0 for every aspect} */
  public static Levels none() {
    return NONE;
  }

  /**
   * Levels from a map; aspects not in it are at level 0.
   *
   * @param levels level per aspect
   * @return the levels
   */
  public static Levels of(Map<SecurityAspect, ConsequenceLevel> levels) {
    ConsequenceLevel[] values = NONE.levels.clone();
    levels.forEach((aspect, level) -> values[aspect.ordinal()] = Objects.requireNonNull(level));
    return new Levels(values);
  }

  /**
   * Confidentiality, integrity, availability and traceability as ordinals 0–4.
   *
   * @param confidentiality the confidentiality level, 0–4
   * @param integrity the integrity level, 0–4
   * @param availability the availability level, 0–4
   * @param traceability the traceability level, 0–4
   * @return the profile it names; empty if not held here
   */
  public static Levels of(int confidentiality, int integrity, int availability, int traceability) {
    return new Levels(new ConsequenceLevel[] {
        ConsequenceLevel.ofOrdinal(confidentiality),
        ConsequenceLevel.ofOrdinal(integrity),
        ConsequenceLevel.ofOrdinal(availability),
        ConsequenceLevel.ofOrdinal(traceability)});
  }

  /**
   * The level of one aspect.
   *
   * @param aspect the aspect
   * @return its level
   */
  public ConsequenceLevel get(SecurityAspect aspect) {
    return levels[aspect.ordinal()];
  }

  /**
   * These levels with one aspect changed.
   *
   * @param aspect the aspect
   * @param level its new level
   * @return the changed levels
   */
  public Levels with(SecurityAspect aspect, ConsequenceLevel level) {
    if (levels[aspect.ordinal()] == level) {
      return this;
    }
    ConsequenceLevel[] values = levels.clone();
    values[aspect.ordinal()] = level;
    return new Levels(values);
  }

  /**
   * The aspect-wise maximum (the max principle).
   *
   * @param other the other levels
   * @return the higher level of each aspect
   */
  public Levels max(Levels other) {
    ConsequenceLevel[] values = levels.clone();
    boolean changed = false;
    for (int i = 0; i < values.length; i++) {
      if (other.levels[i].compareTo(values[i]) > 0) {
        values[i] = other.levels[i];
        changed = true;
      }
    }
    return changed ? new Levels(values) : this;
  }

  /**
   * The aspect-wise minimum (the weakest link).
   *
   * @param other the other levels
   * @return the lower level of each aspect
   */
  public Levels min(Levels other) {
    ConsequenceLevel[] values = levels.clone();
    for (int i = 0; i < values.length; i++) {
      values[i] = ConsequenceLevel.min(values[i], other.levels[i]);
    }
    return new Levels(values);
  }

  /** {@return the highest level over all aspects} */
  public ConsequenceLevel highest() {
    ConsequenceLevel highest = ConsequenceLevel.NONE;
    for (ConsequenceLevel level : levels) {
      highest = ConsequenceLevel.max(highest, level);
    }
    return highest;
  }

  /** {@return the level of every aspect, in aspect order} */
  public Map<SecurityAspect, ConsequenceLevel> asMap() {
    Map<SecurityAspect, ConsequenceLevel> map = new EnumMap<>(SecurityAspect.class);
    for (SecurityAspect aspect : ASPECTS) {
      map.put(aspect, levels[aspect.ordinal()]);
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Levels other && java.util.Arrays.equals(levels, other.levels);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(levels);
  }

  /**
   * With the aspects' initials as the reader's texts abbreviate them: {@code K3 R2 T2 S3} in Swedish.
   *
   * @param language the language of the text
   * @return the explanation
   */
  public String explain(io.github.trygg.core.Language language) {
    StringJoiner joiner = new StringJoiner(" ");
    for (SecurityAspect aspect : ASPECTS) {
      joiner.add(aspect.letter(language) + levels[aspect.ordinal()].ordinal());
    }
    return joiner.toString();
  }

  /** {@return {@link #explain(io.github.trygg.core.Language)} in every language} */
  public io.github.trygg.core.LocalizedText explanation() {
    return new io.github.trygg.core.LocalizedText(explain(io.github.trygg.core.Language.SWEDISH), explain(io.github.trygg.core.Language.NORWEGIAN_BOKMAL),
        explain(io.github.trygg.core.Language.ENGLISH));
  }

  /** For example {@code C3 I2 A2 T3}: the form logs use. */
  @Override
  public String toString() {
    StringJoiner joiner = new StringJoiner(" ");
    for (SecurityAspect aspect : ASPECTS) {
      joiner.add(aspect.name().charAt(0) + String.valueOf(levels[aspect.ordinal()].ordinal()));
    }
    return joiner.toString();
  }
}
