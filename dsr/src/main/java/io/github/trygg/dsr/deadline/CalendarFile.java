package io.github.trygg.dsr.deadline;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.Location;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceReader;
import io.github.trygg.dsr.internal.data.DataFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a working-day calendar file ({@code format: trygg-calendar/1}); all problems at once. */
final class CalendarFile {
  static final String FORMAT = "trygg-calendar/1";

  private CalendarFile() {}

  static WorkingDayCalendar read(Path file) {
    return build(SourceReader.readObject(file));
  }

  static WorkingDayCalendar read(String name, InputStream in, DataFormat format) {
    return build(SourceReader.readObject(name, in, Format.of(format)));
  }

  private static WorkingDayCalendar build(SourceObject root) {
    Problems problems = new Problems();
    root.allowOnly(problems, "format", "version", "jurisdiction", "zone", "reference", "weekend", "days", "localDays");
    DataFiles.checkFormat(root, FORMAT, problems);
    String version = root.requireString("version", problems);
    Optional<Jurisdiction> jurisdiction = root.requireEnum("jurisdiction", Jurisdiction.class, problems);
    ZoneId zone = ZoneId.of("UTC");
    String zoneText = root.requireString("zone", problems);
    if (!zoneText.isEmpty()) {
      try {
        zone = ZoneId.of(zoneText);
      } catch (DateTimeException e) {
        problems.add("bad-zone", root.keyLocation("zone"), "unknown time zone '" + zoneText + "'", "a region id such as Europe/Stockholm");
      }
    }
    LegalReference reference = reference(root.requireObject("reference", problems), problems);
    List<DayOfWeek> weekendDays = root.enums("weekend", DayOfWeek.class, problems);
    Set<DayOfWeek> weekend = weekendDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekendDays);

    List<HolidayRule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject day : root.objects("days", problems)) {
      day.allowOnly(problems, "id", "name", "fixed", "easter", "weekday", "between", "note");
      String id = day.requireString("id", problems);
      if (!id.isEmpty() && !ids.add(id)) {
        problems.add("duplicate-id", day.keyLocation("id"), "holiday id '" + id + "' appears twice", "unique ids");
      }
      LocalizedText name = text(day.requireObject("name", problems), problems);
      int kinds = (day.has("fixed") ? 1 : 0) + (day.has("easter") ? 1 : 0) + (day.has("weekday") ? 1 : 0);
      if (kinds != 1) {
        problems.add("rule-kind", day.location(), "a day needs exactly one of fixed, easter or weekday", "one rule per day");
        continue;
      }
      if (day.has("fixed")) {
        monthDay(day, "fixed", problems).ifPresent(md -> rules.add(new HolidayRule.Fixed(id, name, md)));
      } else if (day.has("easter")) {
        day.optionalLong("easter", -100, 100, problems)
            .ifPresent(offset -> rules.add(new HolidayRule.EasterOffset(id, name, offset.intValue())));
      } else {
        Optional<DayOfWeek> weekday = day.optionalEnum("weekday", DayOfWeek.class, problems);
        List<String> between = day.strings("between", problems);
        if (between.size() != 2) {
          problems.add("bad-range", day.keyLocation("between"), "'between' needs two dates", "[\"MM-DD\", \"MM-DD\"]");
          continue;
        }
        Optional<MonthDay> from = parseMonthDay(between.get(0), day.location(), problems);
        Optional<MonthDay> to = parseMonthDay(between.get(1), day.location(), problems);
        if (weekday.isPresent() && from.isPresent() && to.isPresent()) {
          rules.add(new HolidayRule.WeekdayBetween(id, name, weekday.get(), from.get(), to.get()));
        }
      }
    }
    Map<LocalDate, Holiday> local = new LinkedHashMap<>();
    for (SourceObject day : root.objects("localDays", problems)) {
      day.allowOnly(problems, "date", "name");
      Optional<LocalDate> date = day.optionalDate("date", problems);
      LocalizedText name = text(day.requireObject("name", problems), problems);
      if (date.isEmpty() && !day.has("date")) {
        problems.add("missing-property", day.location(), "missing required property 'date'", "an ISO date");
      }
      date.ifPresent(d -> local.put(d, new Holiday("local", d, name)));
    }
    problems.throwIfAny();
    return new WorkingDayCalendar(jurisdiction.orElseThrow(), zone, version, reference, weekend, rules, local);
  }

  private static LegalReference reference(SourceObject o, Problems problems) {
    return DataFiles.reference(o, problems);
  }

  private static LocalizedText text(SourceObject o, Problems problems) {
    return DataFiles.text(o, problems);
  }

  private static Optional<MonthDay> monthDay(SourceObject o, String member, Problems problems) {
    return o.optionalString(member, problems).flatMap(text -> parseMonthDay(text, o.get(member).orElseThrow().location(), problems));
  }

  private static Optional<MonthDay> parseMonthDay(String text, Location where, Problems problems) {
    try {
      return Optional.of(MonthDay.parse("--" + text));
    } catch (DateTimeParseException e) {
      problems.add("bad-month-day", where, "'" + text + "' is not a month and day", "MM-DD such as 06-06");
      return Optional.empty();
    }
  }
}
