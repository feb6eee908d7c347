package io.github.trygg.crypto.pseudonym;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The remembered date is the clock's date, across midnight and daylight-saving changes, in any zone. */
class TodayTest {
  @Test
  void followsTheClockAcrossMidnightAndDaylightSavingChanges() {
    for (String zone : new String[] {"Europe/Stockholm", "Europe/Oslo", "UTC", "Pacific/Apia", "America/St_Johns"}) {
      ZoneId id = ZoneId.of(zone);
      // From the day before the spring change to after the autumn one, in steps that land on both sides of every midnight.
      Instant t = LocalDate.of(2026, 3, 27).atStartOfDay(id).toInstant().minusSeconds(7);
      Instant end = LocalDate.of(2026, 10, 27).atStartOfDay(id).toInstant();
      MovingClock clock = new MovingClock(t, id);
      Today today = new Today(clock);
      while (clock.now.isBefore(end)) {
        assertEquals(LocalDate.now(clock), today.get(), zone + " at " + clock.now);
        clock.now = clock.now.plus(Duration.ofMinutes(53).plusSeconds(11));
      }
      clock.now = clock.now.minus(Duration.ofDays(40)); // a clock set back
      assertEquals(LocalDate.now(clock), today.get(), zone);
    }
  }

  private static final class MovingClock extends Clock {
    Instant now;
    final ZoneId zone;

    MovingClock(Instant now, ZoneId zone) {
      this.now = now;
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new MovingClock(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
