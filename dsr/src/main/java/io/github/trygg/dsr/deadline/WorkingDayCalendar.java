package io.github.trygg.dsr.deadline;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;

/**
 * Which days are working days in a jurisdiction: weekends, public holidays (Easter-dependent ones
 * included) and days a deadline rule treats like holidays, read from a versioned data file, plus
 * local non-working days a tenant adds. Immutable and thread-safe.
 *
 * <p>The bundled files are {@code sweden.yaml} and {@code norway.yaml} next to this class; a host
 * can load its own with {@link #read(Path)}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorkingDayCalendar {
  private static final Map<Jurisdiction, WorkingDayCalendar> BUNDLED = new ConcurrentHashMap<>();

  private final Jurisdiction jurisdiction;
  private final ZoneId zone;
  private final String version;
  private final LegalReference reference;
  private final Set<DayOfWeek> weekend;
  private final List<HolidayRule> rules;
  private final Map<LocalDate, Holiday> localDays;
  private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

  WorkingDayCalendar(
      Jurisdiction jurisdiction,
      ZoneId zone,
      String version,
      LegalReference reference,
      Set<DayOfWeek> weekend,
      List<HolidayRule> rules,
      Map<LocalDate, Holiday> localDays) {
    this.jurisdiction = jurisdiction;
    this.zone = zone;
    this.version = version;
    this.reference = reference;
    this.weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend));
    this.rules = List.copyOf(rules);
    this.localDays = Collections.unmodifiableMap(new TreeMap<>(localDays));
  }

  /**
   * The bundled calendar of Sweden or Norway.
   *
   * @param jurisdiction Sweden or Norway
   * @return the calendar
   */
  public static WorkingDayCalendar bundled(Jurisdiction jurisdiction) {
    return BUNDLED.computeIfAbsent(jurisdiction, j -> {
      String file = j == Jurisdiction.SWEDEN ? "sweden.yaml" : "norway.yaml";
      try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(file)) {
        if (in == null) {
          throw new IllegalStateException("bundled calendar " + file + " is missing from the jar");
        }
        return CalendarFile.read(file, in, DataFormat.YAML);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  /**
   * A calendar from a JSON or YAML file in the bundled files' format. A malformed file is rejected
   * with every problem located (file, line, column, JSON Pointer).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the calendar
   */
  public static WorkingDayCalendar read(Path file) {
    return CalendarFile.read(file);
  }

  /**
   * A calendar from a stream; {@code sourceName} names it in problems.
   *
   * @param sourceName names the input in every problem's location
   * @param in the file's bytes; not closed
   * @param format JSON or YAML
   * @return the calendar
   */
  public static WorkingDayCalendar read(String sourceName, InputStream in, DataFormat format) {
    return CalendarFile.read(sourceName, in, format);
  }

  /**
   * This calendar plus a tenant's own non-working days, such as a local holiday.
   *
   * @param days the tenant's non-working days
   * @return the calendar
   */
  public WorkingDayCalendar withLocalDays(Map<LocalDate, LocalizedText> days) {
    Map<LocalDate, Holiday> all = new LinkedHashMap<>(localDays);
    days.forEach((date, name) -> all.put(date, new Holiday("local", date, name)));
    return new WorkingDayCalendar(jurisdiction, zone, version, reference, weekend, rules, all);
  }

  /** {@return the jurisdiction whose holidays these are} */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** {@return the controller's time zone: receipt instants are read as dates in it} */
  public ZoneId zone() {
    return zone;
  }

  /** {@return the version of the data file} */
  public String version() {
    return version;
  }

  /** {@return the provisions that make these days non-working for deadlines} */
  public LegalReference reference() {
    return reference;
  }

  /** {@return the rules that give the holidays of any year, in file order} */
  public List<HolidayRule> rules() {
    return rules;
  }

  /**
   * Whether {@code date} is a working day: not a weekend day, holiday or local non-working day.
   *
   * @param date the date
   * @return whether deadlines may fall on it
   */
  public boolean isWorkingDay(LocalDate date) {
    return !weekend.contains(date.getDayOfWeek()) && holiday(date).isEmpty();
  }

  /**
   * The holiday or local non-working day on {@code date}, if any (weekends are not holidays).
   *
   * @param date the date asked about
   * @return the holiday; empty on a working day or a weekend
   */
  public Optional<Holiday> holiday(LocalDate date) {
    Holiday local = localDays.get(date);
    if (local != null) {
      return Optional.of(local);
    }
    return Optional.ofNullable(holidaysOf(date.getYear()).get(date));
  }

  /**
   * Every holiday of a year, in date order (local days included).
   *
   * @param year the year
   * @return the holidays in date order
   */
  public List<Holiday> holidays(int year) {
    Map<LocalDate, Holiday> all = new TreeMap<>(holidaysOf(year));
    localDays.forEach((d, h) -> {
      if (d.getYear() == year) {
        all.put(d, h);
      }
    });
    return new ArrayList<>(all.values());
  }

  /**
   * {@code date} itself when it is a working day, otherwise the next working day after it.
   *
   * @param date the date to start from
   * @return the date or the next working day after it
   */
  public LocalDate onOrNextWorkingDay(LocalDate date) {
    LocalDate d = date;
    // A run of non-working days is at most a few days long (Easter, Christmas); the bound guards
    // against a host file that declares every day a holiday.
    for (int i = 0; i < 366; i++) {
      if (isWorkingDay(d)) {
        return d;
      }
      d = d.plusDays(1);
    }
    throw new IllegalStateException("no working day within a year after " + date + " in calendar " + version);
  }

  private Map<LocalDate, Holiday> holidaysOf(int year) {
    return byYear.computeIfAbsent(year, y -> {
      Map<LocalDate, Holiday> days = new LinkedHashMap<>();
      for (HolidayRule rule : rules) {
        rule.in(y).ifPresent(d -> days.putIfAbsent(d, new Holiday(rule.id(), d, rule.name())));
      }
      return Collections.unmodifiableMap(days);
    });
  }

  @Override
  public String toString() {
    return "WorkingDayCalendar[" + jurisdiction + ", " + version + "]";
  }
}
