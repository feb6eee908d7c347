package io.github.trygg.dsr.deadline;

import io.github.trygg.core.LocalizedText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a holiday falls in a year: on a fixed date, a number of days from Easter Sunday, or on a
 * weekday within a range of dates (Swedish midsommardagen: the Saturday from 20 to 26 June).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface HolidayRule {
  String id();

  LocalizedText name();

  /** The date in {@code year}; empty when the rule does not give one that year. */
  Optional<LocalDate> in(int year);

  /** On the same date every year. */
  record Fixed(String id, LocalizedText name, MonthDay date) implements HolidayRule {
    @Override
    public Optional<LocalDate> in(int year) {
      return date.isValidYear(year) ? Optional.of(date.atYear(year)) : Optional.empty();
    }
  }

  /** Easter Sunday plus {@code offset} days (negative for days before). */
  record EasterOffset(String id, LocalizedText name, int offset) implements HolidayRule {
    @Override
    public Optional<LocalDate> in(int year) {
      return Optional.of(Easter.sunday(year).plusDays(offset));
    }
  }

  /** The first {@code weekday} on or after {@code from} and not after {@code to}. */
  record WeekdayBetween(String id, LocalizedText name, DayOfWeek weekday, MonthDay from, MonthDay to) implements HolidayRule {
    @Override
    public Optional<LocalDate> in(int year) {
      LocalDate d = from.atYear(year);
      LocalDate last = to.atYear(year);
      while (!d.isAfter(last)) {
        if (d.getDayOfWeek() == weekday) {
          return Optional.of(d);
        }
        d = d.plusDays(1);
      }
      return Optional.empty();
    }
  }
}
