package io.github.trygg.core.plan;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.propagation.Severity;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How soon an item must be dealt with. Derived from the severity of what produced it and the
 * consequence level of the data concerned: the severity sets the start, a serious or very serious
 * level raises it one step and a level of at most moderate lowers it one step.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Priority implements Labelled {
  /** Due within 30 days. */
  URGENT(new LocalizedText("brådskande", "haster", "urgent"), Period.ofDays(30)),
  /** Due within 90 days. */
  HIGH(new LocalizedText("hög", "høy", "high"), Period.ofDays(90)),
  /** Due within 180 days. */
  MEDIUM(new LocalizedText("medel", "middels", "medium"), Period.ofDays(180)),
  /** Due within a year. */
  LOW(new LocalizedText("låg", "lav", "low"), Period.ofDays(365));

  private final LocalizedText label;
  private final Period time;

  Priority(LocalizedText label, Period time) {
    this.label = label;
    this.time = time;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /**
   * The due date proposed for a new item of this priority found on {@code day}.
   *
   * @param day the day the item enters the plan
   * @return the due date the priority gives
   */
  public LocalDate dueFrom(LocalDate day) {
    return day.plus(time);
  }

  /**
   * A priority with the reason for it.
   *
   * @param priority the priority
   * @param explanation why: the severity, level or deadline it was derived from
   */
  public record Derived(Priority priority, LocalizedText explanation) {}

  /**
   * The priority for {@code severity} at {@code level} (when a level applies), with why.
   *
   * @param severity how serious it is
   * @param level the level of the aspect concerned
   * @return the priority with why
   */
  public static Derived derive(Severity severity, Optional<ConsequenceLevel> level) {
    Priority start = switch (severity) {
      case CRITICAL -> URGENT;
      case HIGH -> HIGH;
      case MEDIUM -> MEDIUM;
      case LOW -> LOW;
    };
    Priority result = start;
    String sv;
    String nb;
    String en;
    if (level.isPresent() && level.get().atLeast(ConsequenceLevel.SERIOUS) && start != URGENT) {
      result = values()[start.ordinal() - 1];
      sv = "nivå " + level.get().ordinalLevel() + " höjer ett steg";
      nb = "nivå " + level.get().ordinalLevel() + " hever ett trinn";
      en = "level " + level.get().ordinalLevel() + " raises it one step";
    } else if (level.isPresent() && !level.get().atLeast(ConsequenceLevel.SUBSTANTIAL) && start != LOW) {
      result = values()[start.ordinal() + 1];
      sv = "nivå " + level.get().ordinalLevel() + " sänker ett steg";
      nb = "nivå " + level.get().ordinalLevel() + " senker ett trinn";
      en = "level " + level.get().ordinalLevel() + " lowers it one step";
    } else if (level.isPresent()) {
      sv = "nivå " + level.get().ordinalLevel() + " ändrar inte";
      nb = "nivå " + level.get().ordinalLevel() + " endrer ikke";
      en = "level " + level.get().ordinalLevel() + " leaves it";
    } else {
      sv = "ingen nivå påverkar";
      nb = "ingen nivå påvirker";
      en = "no level applies";
    }
    Priority p = result;
    return new Derived(p, new LocalizedText(
        "Allvarlighet " + severity.label().sv() + " ger " + start.label.sv() + "; " + sv + " → " + p.label.sv() + ".",
        "Alvorlighet " + severity.label().nb() + " gir " + start.label.nb() + "; " + nb + " → " + p.label.nb() + ".",
        "Severity " + severity.label().en() + " gives " + start.label.en() + "; " + en + " → " + p.label.en() + "."));
  }
}
