package io.github.trygg.crypto.pseudonym;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * {@code LocalDate.now(clock)}, remembered until the clock leaves that day: a value pseudonymised in
 * a file of millions asks for the date each time, and working it out from the clock's zone rules
 * costs more than reading the clock. Thread-safe.
 */
final class Today {
  private final Clock clock;
  private volatile Day day;

  /** A date and the clock readings (milliseconds) it holds for: [from, to). */
  private record Day(LocalDate date, long from, long to) {}

  Today(Clock clock) {
    this.clock = clock;
    this.day = new Day(LocalDate.MIN, 0, 0);
  }

  LocalDate get() {
    long now = clock.millis();
    Day d = day;
    if (now >= d.from() && now < d.to()) {
      return d.date();
    }
    ZoneId zone = clock.getZone();
    LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(now), zone);
    day = new Day(date, date.atStartOfDay(zone).toInstant().toEpochMilli(), date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
    return date;
  }
}
