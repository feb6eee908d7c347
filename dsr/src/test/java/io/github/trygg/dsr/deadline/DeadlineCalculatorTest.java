package io.github.trygg.dsr.deadline;

import io.github.trygg.core.Jurisdiction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.dsr.Reason;
import io.github.trygg.dsr.Seeds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineCalculatorTest {
  static final DeadlineCalculator SE = DeadlineCalculator.of(WorkingDayCalendar.bundled(Jurisdiction.SWEDEN), PausePolicy.ON_IDENTITY_OR_CLARIFICATION);
  static final DeadlineCalculator NO = DeadlineCalculator.of(WorkingDayCalendar.bundled(Jurisdiction.NORWAY), PausePolicy.ON_IDENTITY_OR_CLARIFICATION);

  @ParameterizedTest(name = "{0}: received {1} -> due {2}")
  @CsvSource({
    // 31 January: February has no 31st, so the last day of February; leap years give the 29th.
    "SE, 2025-01-31, 2025-02-28",
    "SE, 2024-01-31, 2024-02-29",
    "SE, 2023-01-31, 2023-02-28",
    "NO, 2025-01-31, 2025-02-28",
    "NO, 2028-01-31, 2028-02-29",
    // Same date next month; a Saturday moves to the Monday.
    "SE, 2025-03-05, 2025-04-07",
    "SE, 2025-02-10, 2025-03-10",
    // 31 October: 30 November 2024 is a Saturday.
    "SE, 2024-10-31, 2024-12-02",
    // Easter 2025 (Sunday 20 April): Sweden Good Friday to Easter Monday, Norway from Maundy Thursday.
    "SE, 2025-03-18, 2025-04-22",
    "NO, 2025-03-18, 2025-04-22",
    "SE, 2025-03-17, 2025-04-17",
    "NO, 2025-03-17, 2025-04-22",
    // Ascension Day 2025 (29 May) in both countries.
    "SE, 2025-04-29, 2025-05-30",
    "NO, 2025-04-29, 2025-05-30",
    // Sweden's national day 6 June 2025 (Friday); Whit Monday 9 June is a holiday only in Norway.
    "SE, 2025-05-06, 2025-06-09",
    "NO, 2025-05-06, 2025-06-06",
    "SE, 2025-05-09, 2025-06-09",
    "NO, 2025-05-09, 2025-06-10",
    // Midsummer Eve 2025 (Friday 20 June) ends no Swedish deadline; in Norway it is a working day.
    "SE, 2025-05-20, 2025-06-23",
    "NO, 2025-05-20, 2025-06-20",
    // 17 May 2024 (Friday) in Norway, followed by Whitsun; a working day in Sweden.
    "NO, 2024-04-17, 2024-05-21",
    "SE, 2024-04-17, 2024-05-17",
    // Year end: Christmas Eve is treated like a holiday in Sweden only.
    "SE, 2025-11-24, 2025-12-29",
    "NO, 2025-11-24, 2025-12-24",
    "SE, 2025-11-25, 2025-12-29",
    "NO, 2025-11-25, 2025-12-29",
    "SE, 2025-12-01, 2026-01-02",
    "NO, 2025-12-01, 2026-01-02",
    "SE, 2025-12-06, 2026-01-07",
    "NO, 2025-12-06, 2026-01-06",
    "SE, 2024-12-31, 2025-01-31",
  })
  void initialDueDate(String country, LocalDate received, LocalDate due) {
    Deadline d = calc(country).initial(received);
    assertEquals(due, d.initialDue(), () -> String.join("\n", calc(country).explain(d).stream().map(Reason::toString).toList()));
    assertEquals(due, d.due());
    assertEquals(due, d.extensionNoticeBy());
  }

  @ParameterizedTest(name = "{0}: received {1} -> extended due {2}")
  @CsvSource({
    // From the original date: 31 January gives 30 April, not 28 April (two months from 28 February).
    "SE, 2025-01-31, 2025-04-30",
    "NO, 2025-01-31, 2025-04-30",
    // 29 February from 29 November in a leap year, 28 February otherwise.
    "SE, 2023-11-29, 2024-02-29",
    "SE, 2024-11-30, 2025-02-28",
    // 17 May 2027 is a Monday and Whit Monday in Norway.
    "NO, 2027-02-17, 2027-05-18",
    "SE, 2027-02-17, 2027-05-17",
    // Three months from 24 September 2025 is Christmas Eve.
    "SE, 2025-09-24, 2025-12-29",
  })
  void extendedDueDateCountsFromTheOriginalDate(String country, LocalDate received, LocalDate extendedDue) {
    DeadlineCalculator c = calc(country);
    Deadline first = c.initial(received);
    Deadline extended = c.extend(first, "complexity", first.initialDue());
    assertEquals(extendedDue, extended.extendedDue());
    assertEquals(extendedDue, extended.due());
    assertTrue(extended.isExtended());
    assertEquals(first.initialDue(), extended.initialDue());
  }

  @Test
  void extensionNotifiedAfterTheFirstDueDateIsRefused() {
    Deadline d = SE.initial(LocalDate.of(2025, 1, 31));
    DeadlineException e = assertThrows(DeadlineException.class, () -> SE.extend(d, "complexity", LocalDate.of(2025, 3, 1)));
    assertEquals("dsr.deadline.extension-after-due", e.ruleId());
  }

  @Test
  void extensionOnlyOnceAndWithAReason() {
    Deadline d = SE.initial(LocalDate.of(2025, 1, 31));
    Deadline extended = SE.extend(d, "number-of-requests", LocalDate.of(2025, 2, 3));
    assertEquals("dsr.deadline.extension-once", assertThrows(DeadlineException.class, () -> SE.extend(extended, "complexity", LocalDate.of(2025, 2, 4))).ruleId());
    assertEquals("dsr.deadline.extension-reason", assertThrows(DeadlineException.class, () -> SE.extend(d, " ", LocalDate.of(2025, 2, 4))).ruleId());
  }

  @Test
  void receiptIsReadInTheControllersZoneAcrossDaylightSavingChanges() {
    // 00:30 local on 30 March 2025 (CET, before the clocks go forward) is still 29 March in UTC.
    assertEquals(LocalDate.of(2025, 3, 30), SE.initial(Instant.parse("2025-03-29T23:30:00Z")).received());
    assertEquals(LocalDate.of(2025, 4, 30), SE.initial(Instant.parse("2025-03-29T23:30:00Z")).initialDue());
    // 00:30 local on 26 October 2025 (CEST, before the clocks go back) is 22:30 UTC the day before.
    assertEquals(LocalDate.of(2025, 11, 26), NO.initial(Instant.parse("2025-10-25T22:30:00Z")).initialDue());
    // 23:30 local after the change is 22:30 UTC on the same date.
    assertEquals(LocalDate.of(2025, 10, 26), SE.initial(Instant.parse("2025-10-26T22:30:00Z")).received());
    // Midnight UTC on 1 February is 01:00 local: a February receipt, due 1 March (Saturday) -> 3 March.
    assertEquals(LocalDate.of(2025, 3, 3), SE.initial(Instant.parse("2025-02-01T00:00:00Z")).initialDue());
    assertEquals(LocalDate.of(2025, 2, 28), SE.initial(Instant.parse("2025-01-31T22:59:59Z")).initialDue());
  }

  @Test
  void closedPausesMoveTheDueDatesByWholeDays() {
    Deadline d = SE.initial(LocalDate.of(2025, 11, 24));
    Deadline paused = SE.pause(d, LocalDate.of(2025, 11, 25), "identity");
    assertTrue(paused.isPaused());
    assertEquals(d.initialDue(), paused.initialDue());
    Deadline resumed = SE.resume(paused, LocalDate.of(2025, 12, 2));
    assertEquals(7, resumed.pausedDays());
    // 24 December + 7 = 31 December (nyårsafton), then 1 January, then Friday 2 January.
    assertEquals(LocalDate.of(2026, 1, 2), resumed.initialDue());
    assertFalse(resumed.isPaused());
    assertTrue(SE.explain(resumed).stream().anyMatch(r -> r.ruleId().equals("dsr.deadline.pause")));
  }

  @Test
  void pausingNeedsThePolicy() {
    DeadlineCalculator strict = DeadlineCalculator.of(WorkingDayCalendar.bundled(Jurisdiction.SWEDEN), PausePolicy.NEVER);
    Deadline d = strict.initial(LocalDate.of(2025, 1, 10));
    assertEquals("dsr.deadline.pause-not-allowed", assertThrows(DeadlineException.class, () -> strict.pause(d, LocalDate.of(2025, 1, 11), "identity")).ruleId());
    assertEquals("dsr.deadline.no-open-pause", assertThrows(DeadlineException.class, () -> SE.resume(d, LocalDate.of(2025, 1, 12))).ruleId());
  }

  @Test
  void traceExplainsTheClampAndTheRollInThreeLanguages() {
    Deadline d = SE.initial(LocalDate.of(2024, 10, 31));
    Reason month = SE.explain(d).stream().filter(r -> r.ruleId().equals("dsr.deadline.one-month")).findFirst().orElseThrow();
    assertTrue(month.text().en().contains("last day of that month"), month.text().en());
    Reason roll = SE.explain(d).stream().filter(r -> r.ruleId().equals("dsr.deadline.working-day")).findFirst().orElseThrow();
    assertTrue(roll.text().sv().contains("lördag"), roll.text().sv());
    assertTrue(roll.text().nb().contains("lørdag"), roll.text().nb());
  }

  @Test
  void daysLeftAndOverdue() {
    Deadline d = SE.initial(LocalDate.of(2025, 1, 31));
    assertEquals(28, d.daysLeft(LocalDate.of(2025, 1, 31)));
    assertTrue(d.isOverdue(LocalDate.of(2025, 3, 1)));
    assertFalse(d.isOverdue(LocalDate.of(2025, 2, 28)));
  }

  /** Any receipt date: the due date is a working day at most a few days after the calendar month. */
  @Test
  void generatedReceiptDates() {
    long seed = Seeds.seed();
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      LocalDate received = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay()));
      for (DeadlineCalculator c : new DeadlineCalculator[] {SE, NO}) {
        Deadline d = c.initial(received);
        LocalDate month = received.plusMonths(1);
        String ctx = "seed " + seed + ", received " + received + ", " + c.calendar();
        assertTrue(c.calendar().isWorkingDay(d.initialDue()), ctx);
        assertFalse(d.initialDue().isBefore(month), ctx);
        assertTrue(d.initialDue().isBefore(month.plusDays(7)), ctx);
        for (LocalDate x = month; x.isBefore(d.initialDue()); x = x.plusDays(1)) {
          assertFalse(c.calendar().isWorkingDay(x), ctx);
        }
        Deadline extended = c.extend(d, "complexity", received);
        assertEquals(c.calendar().onOrNextWorkingDay(received.plusMonths(3)), extended.extendedDue(), ctx);
        assertTrue(extended.extendedDue().isAfter(d.initialDue()), ctx);
      }
    }
  }

  private static DeadlineCalculator calc(String country) {
    return country.equals("SE") ? SE : NO;
  }
}
