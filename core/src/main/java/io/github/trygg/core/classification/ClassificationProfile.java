package io.github.trygg.core.classification;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.value.TryggStyle;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How one scheme writes the consequence levels: its steps with labels, numbering and descriptions
 * mapped to the ordinals 0–4, the aspects it rates and what it calls them. Versioned data — KLASSA
 * and Norwegian practice number the same levels differently — so comparisons always use the
 * ordinal and a profile only reads and displays. Load the shipped ones with
 * {@link ClassificationProfiles#bundled()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ClassificationProfile {
  /** {@return the profile's id, for example {@code klassa-se}; what an {@link AssetClassification} names} */
  public abstract String id();

  /** {@return the profile's version} */
  public abstract String version();

  /** {@return the profile's name} */
  public abstract LocalizedText name();

  /** {@return the aspects the scheme rates; BSI 200-2 has no traceability} */
  public abstract Set<SecurityAspect> aspects();

  /** {@return what the scheme calls each rated aspect ("Riktighet", "Integrität" …)} */
  public abstract Map<SecurityAspect, LocalizedText> aspectLabels();

  /** {@return the steps, lowest first} Together they cover every ordinal exactly once. */
  public abstract List<ProfileLevel> levels();

  /** {@return where the labels and the mapping come from, with how well each is verified} */
  public abstract List<LegalReference> sources();

  /**
   * The step an ordinal is shown as.
   *
   * @param level a level
   * @return the profile's step for it
   */
  public final ProfileLevel step(ConsequenceLevel level) {
    for (ProfileLevel step : levels()) {
      if (step.covers().contains(level)) {
        return step;
      }
    }
    throw new IllegalStateException("profile " + id() + " does not cover level " + level.ordinalLevel());
  }

  /**
   * Reads a step by its code or by its label in any language, ignoring case.
   *
   * @param codeOrLabel a step's code or its label in any language
   * @return the level; empty when no step matches
   */
  public final Optional<ConsequenceLevel> parse(String codeOrLabel) {
    String wanted = codeOrLabel.trim().toLowerCase(Locale.ROOT);
    for (ProfileLevel step : levels()) {
      if (step.code().toLowerCase(Locale.ROOT).equals(wanted)) {
        return Optional.of(step.level());
      }
      for (Language language : Language.values()) {
        String label = step.label().in(language).toLowerCase(Locale.ROOT);
        // "hoch (high)" also reads as "hoch": the gloss in brackets is for the reader.
        int gloss = label.indexOf(" (");
        if (label.equals(wanted) || (gloss > 0 && label.substring(0, gloss).equals(wanted))) {
          return Optional.of(step.level());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A numbered step with its number ({@code 3 Allvarlig}), a named one by its label ({@code hoch (high)}).
   *
   * @param language the language of the text
   * @param level a level
   * @return the step as a reader sees it
   */
  public final String display(ConsequenceLevel level, Language language) {
    ProfileLevel step = step(level);
    String label = step.label().in(language);
    return step.code().chars().allMatch(Character::isDigit) ? step.code() + " " + label : label;
  }

  /**
   * What the profile calls an aspect.
   *
   * @param aspect an aspect the profile rates
   * @return its name in the profile's words
   * @throws IllegalArgumentException if the profile does not rate the aspect
   */
  public final LocalizedText aspectLabel(SecurityAspect aspect) {
    LocalizedText label = aspectLabels().get(aspect);
    if (label == null) {
      throw new IllegalArgumentException("profile " + id() + " does not rate " + aspect);
    }
    return label;
  }

  /** {@return {@code id@version}, as classification fingerprints record it} */
  public final String reference() {
    return id() + "@" + version();
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalArgumentException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    Set<ConsequenceLevel> covered = EnumSet.noneOf(ConsequenceLevel.class);
    Set<String> codes = new HashSet<>();
    for (ProfileLevel step : levels()) {
      for (ConsequenceLevel level : step.covers()) {
        if (!covered.add(level)) {
          throw new IllegalArgumentException("level " + level.ordinalLevel() + " is covered by more than one step of profile " + id());
        }
      }
      if (!codes.add(step.code().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("step code '" + step.code() + "' appears twice in profile " + id());
      }
    }
    if (covered.size() != ConsequenceLevel.values().length) {
      Set<ConsequenceLevel> missing = EnumSet.allOf(ConsequenceLevel.class);
      missing.removeAll(covered);
      throw new IllegalArgumentException("profile " + id() + " leaves levels uncovered: "
          + missing.stream().map(l -> String.valueOf(l.ordinalLevel())).toList());
    }
    if (!aspectLabels().keySet().containsAll(aspects())) {
      throw new IllegalArgumentException("profile " + id() + " needs a label for every aspect it rates");
    }
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClassificationProfile}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableClassificationProfile.Builder {}
}
