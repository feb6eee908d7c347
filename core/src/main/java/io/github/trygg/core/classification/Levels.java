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

  public static Levels none() {
    return NONE;
  }

  public static Levels of(Map<SecurityAspect, ConsequenceLevel> levels) {
    ConsequenceLevel[] values = NONE.levels.clone();
    levels.forEach((aspect, level) -> values[aspect.ordinal()] = Objects.requireNonNull(level));
    return new Levels(values);
  }

  /** Confidentiality, integrity, availability and traceability as ordinals 0–4. */
  public static Levels of(int confidentiality, int integrity, int availability, int traceability) {
    return new Levels(new ConsequenceLevel[] {
        ConsequenceLevel.ofOrdinal(confidentiality),
        ConsequenceLevel.ofOrdinal(integrity),
        ConsequenceLevel.ofOrdinal(availability),
        ConsequenceLevel.ofOrdinal(traceability)});
  }

  public ConsequenceLevel get(SecurityAspect aspect) {
    return levels[aspect.ordinal()];
  }

  public Levels with(SecurityAspect aspect, ConsequenceLevel level) {
    if (levels[aspect.ordinal()] == level) {
      return this;
    }
    ConsequenceLevel[] values = levels.clone();
    values[aspect.ordinal()] = level;
    return new Levels(values);
  }

  /** The aspect-wise maximum (the max principle). */
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

  /** The aspect-wise minimum (the weakest link). */
  public Levels min(Levels other) {
    ConsequenceLevel[] values = levels.clone();
    for (int i = 0; i < values.length; i++) {
      values[i] = ConsequenceLevel.min(values[i], other.levels[i]);
    }
    return new Levels(values);
  }

  /** The highest level over all aspects. */
  public ConsequenceLevel highest() {
    ConsequenceLevel highest = ConsequenceLevel.NONE;
    for (ConsequenceLevel level : levels) {
      highest = ConsequenceLevel.max(highest, level);
    }
    return highest;
  }

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

  /** With the aspects' initials as the reader's texts abbreviate them: {@code K3 R2 T2 S3} in Swedish. */
  public String explain(io.github.trygg.core.Language language) {
    StringJoiner joiner = new StringJoiner(" ");
    for (SecurityAspect aspect : ASPECTS) {
      joiner.add(aspect.letter(language) + levels[aspect.ordinal()].ordinal());
    }
    return joiner.toString();
  }

  /** {@link #explain(io.github.trygg.core.Language)} in every language. */
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
