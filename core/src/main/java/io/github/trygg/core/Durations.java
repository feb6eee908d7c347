package io.github.trygg.core;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Lengths of time in words, for readers: "15 minuter", "1 måned", "2 years". Files write
 * ISO-8601 ({@code PT15M}, {@code P1M}); output never does.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Durations {
  private Durations() {}

  private record Unit(String svOne, String svMany, String nbOne, String nbMany, String enOne, String enMany) {}

  private static final Unit YEAR = new Unit("år", "år", "år", "år", "year", "years");
  private static final Unit MONTH = new Unit("månad", "månader", "måned", "måneder", "month", "months");
  private static final Unit WEEK = new Unit("vecka", "veckor", "uke", "uker", "week", "weeks");
  private static final Unit DAY = new Unit("dag", "dagar", "dag", "dager", "day", "days");
  private static final Unit HOUR = new Unit("timme", "timmar", "time", "timer", "hour", "hours");
  private static final Unit MINUTE = new Unit("minut", "minuter", "minutt", "minutter", "minute", "minutes");
  private static final Unit SECOND = new Unit("sekund", "sekunder", "sekund", "sekunder", "second", "seconds");

  /**
   * A duration in days, hours, minutes and seconds, for example "1 timme och 30 minuter".
   *
   * @param duration a duration
   * @return the duration in words in the three languages, such as "15 minuter"
   */
  public static LocalizedText words(Duration duration) {
    Duration d = duration.abs();
    List<Part> parts = new ArrayList<>();
    add(parts, d.toDays(), DAY);
    add(parts, d.toHoursPart(), HOUR);
    add(parts, d.toMinutesPart(), MINUTE);
    add(parts, d.toSecondsPart(), SECOND);
    return join(parts, SECOND);
  }

  /**
   * A period in years, months, weeks and days, for example "1 månad" or "2 år".
   *
   * @param period a period
   * @return the duration in words in the three languages, such as "15 minuter"
   */
  public static LocalizedText words(Period period) {
    Period p = period.normalized();
    List<Part> parts = new ArrayList<>();
    add(parts, Math.abs(p.getYears()), YEAR);
    add(parts, Math.abs(p.getMonths()), MONTH);
    int days = Math.abs(p.getDays());
    if (days > 0 && days % 7 == 0) {
      add(parts, days / 7, WEEK);
    } else {
      add(parts, days, DAY);
    }
    return join(parts, DAY);
  }

  private record Part(long n, Unit unit) {}

  private static void add(List<Part> parts, long n, Unit unit) {
    if (n != 0) {
      parts.add(new Part(n, unit));
    }
  }

  private static LocalizedText join(List<Part> parts, Unit zero) {
    if (parts.isEmpty()) {
      parts = List.of(new Part(0, zero));
    }
    return new LocalizedText(join(parts, Language.SWEDISH, " och "), join(parts, Language.NORWEGIAN_BOKMAL, " og "),
        join(parts, Language.ENGLISH, " and "));
  }

  private static String join(List<Part> parts, Language language, String and) {
    List<String> words = new ArrayList<>();
    for (Part p : parts) {
      Unit u = p.unit();
      boolean one = p.n() == 1;
      String unit = switch (language) {
        case SWEDISH -> one ? u.svOne() : u.svMany();
        case NORWEGIAN_BOKMAL -> one ? u.nbOne() : u.nbMany();
        case ENGLISH -> one ? u.enOne() : u.enMany();
      };
      words.add(p.n() + " " + unit);
    }
    if (words.size() == 1) {
      return words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + and + words.get(words.size() - 1);
  }
}
