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
  /** {@return the holiday's id, such as {@code midsommardagen}} */
  String id();

  /** {@return the holiday's name in Swedish, Norwegian bokmål and English} */
  LocalizedText name();

  /**
   * The date in {@code year}.
   *
   * @param year the year
   * @return the date; empty when the rule does not give one that year (29 February)
   */
  Optional<LocalDate> in(int year);

  /**
   * On the same date every year.
   *
   * @param id the holiday's id
   * @param name its name
   * @param date the month and day
   */
  record Fixed(String id, LocalizedText name, MonthDay date) implements HolidayRule {
    @Override
    public Optional<LocalDate> in(int year) {
      return date.isValidYear(year) ? Optional.of(date.atYear(year)) : Optional.empty();
    }
  }

  /**
   * Easter Sunday plus {@code offset} days (negative for days before).
   *
   * @param id the holiday's id
   * @param name its name
   * @param offset days from Easter Sunday; negative for days before
   */
  record EasterOffset(String id, LocalizedText name, int offset) implements HolidayRule {
    @Override
    public Optional<LocalDate> in(int year) {
      return Optional.of(Easter.sunday(year).plusDays(offset));
    }
  }

  /**
   * The first {@code weekday} on or after {@code from} and not after {@code to}.
   *
   * @param id the holiday's id
   * @param name its name
   * @param weekday the day of the week
   * @param from the first date it may fall on
   * @param to the last date it may fall on
   */
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
