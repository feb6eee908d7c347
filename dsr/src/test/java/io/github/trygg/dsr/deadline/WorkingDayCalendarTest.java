package io.github.trygg.dsr.deadline;

import io.github.trygg.core.DataFormat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Problem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

  /** Published Easter dates, including the earliest (22 March) and latest (25 April) possible. */
  @ParameterizedTest
  @CsvSource({"1818, 1818-03-22", "1943, 1943-04-25", "2000, 2000-04-23", "2019, 2019-04-21", "2024, 2024-03-31",
      "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25", "2285, 2285-03-22"})
  void easterSunday(int year, LocalDate sunday) {
    assertEquals(sunday, Easter.sunday(year));
  }

  @Test
  void swedishHolidays2026() {
    List<String> ids = WorkingDayCalendar.bundled(Jurisdiction.SWEDEN).holidays(2026).stream().map(h -> h.date() + " " + h.id()).toList();
    assertEquals(List.of(
        "2026-01-01 nyarsdagen", "2026-01-06 trettondedag-jul", "2026-04-03 langfredagen", "2026-04-05 paskdagen",
        "2026-04-06 annandag-pask", "2026-05-01 forsta-maj", "2026-05-14 kristi-himmelsfardsdag", "2026-05-24 pingstdagen",
        "2026-06-06 nationaldagen", "2026-06-19 midsommarafton", "2026-06-20 midsommardagen", "2026-10-31 alla-helgons-dag",
        "2026-12-24 julafton", "2026-12-25 juldagen", "2026-12-26 annandag-jul", "2026-12-31 nyarsafton"), ids);
  }

  @Test
  void norwegianHolidays2026() {
    List<String> ids = WorkingDayCalendar.bundled(Jurisdiction.NORWAY).holidays(2026).stream().map(h -> h.date() + " " + h.id()).toList();
    assertEquals(List.of(
        "2026-01-01 forste-nyttarsdag", "2026-04-02 skjaertorsdag", "2026-04-03 langfredag", "2026-04-05 forste-paskedag",
        "2026-04-06 andre-paskedag", "2026-05-01 forste-mai", "2026-05-14 kristi-himmelfartsdag", "2026-05-17 grunnlovsdag",
        "2026-05-24 forste-pinsedag", "2026-05-25 andre-pinsedag", "2026-12-25 forste-juledag", "2026-12-26 andre-juledag"), ids);
  }

  @Test
  void weekendsAndWorkingDays() {
    WorkingDayCalendar se = WorkingDayCalendar.bundled(Jurisdiction.SWEDEN);
    assertFalse(se.isWorkingDay(LocalDate.of(2026, 1, 3)));
    assertTrue(se.isWorkingDay(LocalDate.of(2026, 1, 5)));
    assertTrue(se.holiday(LocalDate.of(2026, 1, 3)).isEmpty());
    assertEquals("Trettondedag jul", se.holiday(LocalDate.of(2026, 1, 6)).orElseThrow().name().sv());
    assertEquals(Jurisdiction.NORWAY, WorkingDayCalendar.bundled(Jurisdiction.NORWAY).jurisdiction());
    assertEquals("Europe/Oslo", WorkingDayCalendar.bundled(Jurisdiction.NORWAY).zone().getId());
  }

  @Test
  void tenantsAddLocalDays() {
    LocalDate local = LocalDate.of(2026, 3, 12);
    WorkingDayCalendar se = WorkingDayCalendar.bundled(Jurisdiction.SWEDEN).withLocalDays(Map.of(local, new LocalizedText("Kommunens dag", "Kommunens dag", "Municipal day")));
    assertFalse(se.isWorkingDay(local));
    assertTrue(WorkingDayCalendar.bundled(Jurisdiction.SWEDEN).isWorkingDay(local));
    assertEquals(LocalDate.of(2026, 3, 13), se.onOrNextWorkingDay(local));
  }

  @Test
  void aMalformedCalendarFileIsRejectedWithLocations() {
    String yaml = String.join("\n",
        "format: trygg-calendar/1",
        "version: x",
        "jurisdiction: denmark",
        "zone: Europe/Nowhere",
        "reference: {citation: c, status: verified}",
        "weekend: [saturday, sunday]",
        "days:",
        "  - {id: a, fixed: \"13-01\", name: {sv: a, nb: a, en: a}}",
        "  - {id: b, easter: 1, fixed: \"01-01\", name: {sv: b, nb: b, en: b}}",
        "  - {id: c, weekday: friday, between: [\"06-19\"], name: {sv: c, nb: c, en: c}, colour: red}",
        "");
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> WorkingDayCalendar.read("bad.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), DataFormat.YAML));
    List<String> codes = e.problems().stream().map(Problem::code).toList();
    assertTrue(codes.containsAll(List.of("unknown-value", "bad-zone", "bad-month-day", "rule-kind", "bad-range", "unknown-property")), codes.toString());
    Problem month = e.problems().stream().filter(p -> p.code().equals("bad-month-day")).findFirst().orElseThrow();
    assertEquals("bad.yaml", month.location().source());
    assertEquals(8, month.location().line());
    assertEquals("/days/0/fixed", month.location().pointer());
  }
}
