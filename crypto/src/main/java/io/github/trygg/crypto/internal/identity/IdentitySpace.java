package io.github.trygg.crypto.internal.identity;

import io.github.trygg.core.Jurisdiction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * Every (birth date, serial) pair of one country in a window of dates, optionally with one serial
 * parity only, numbered 0 … size-1 without gaps, date by date.
 *
 * <p>Swedish birth numbers are 001–999 on every date. Norwegian individual numbers depend on the
 * century: 500–749 for 1855–1899, 000–499 for 1900–1939, 000–499 and 900–999 for 1940–1999, 500–999
 * for 2000–2039; no individual number exists outside 1855–2039.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentitySpace {
  /** The first and last birth dates a number of the country can have. */
  public static LocalDate floor(Jurisdiction country) {
    return country == Jurisdiction.NORWAY ? LocalDate.of(1855, 1, 1) : LocalDate.of(1800, 1, 1);
  }

  public static LocalDate ceiling(Jurisdiction country) {
    return country == Jurisdiction.NORWAY ? LocalDate.of(2039, 12, 31) : LocalDate.of(2099, 12, 31);
  }

  /** Days with the same serials: [firstDay, firstDay + days) and the index of its first pair. */
  private record Segment(long firstDay, long days, int[] serials, int[] positions, long offset) {
    long size() {
      return days * serials.length;
    }
  }

  private final Segment[] segments;
  private final long size;

  private IdentitySpace(Segment[] segments) {
    this.segments = segments;
    this.size = segments.length == 0 ? 0 : segments[segments.length - 1].offset() + segments[segments.length - 1].size();
  }

  /**
   * @param parity 0 or 1 to keep only even or odd serials, -1 for all
   */
  public static IdentitySpace of(Jurisdiction country, LocalDate start, LocalDate end, int parity) {
    List<Segment> segments = new ArrayList<>();
    long offset = 0;
    for (Era era : eras(country)) {
      LocalDate from = start.isAfter(era.from) ? start : era.from;
      LocalDate to = end.isBefore(era.to) ? end : era.to;
      if (from.isAfter(to)) {
        continue;
      }
      int[] serials = Arrays.stream(era.serials).filter(s -> parity < 0 || s % 2 == parity).toArray();
      int[] positions = new int[1000];
      Arrays.fill(positions, -1);
      for (int i = 0; i < serials.length; i++) {
        positions[serials[i]] = i;
      }
      long days = to.toEpochDay() - from.toEpochDay() + 1;
      Segment segment = new Segment(from.toEpochDay(), days, serials, positions, offset);
      segments.add(segment);
      offset += segment.size();
    }
    return new IdentitySpace(segments.toArray(Segment[]::new));
  }

  private record Era(LocalDate from, LocalDate to, int[] serials) {}

  private static List<Era> eras(Jurisdiction country) {
    if (country == Jurisdiction.SWEDEN) {
      return List.of(new Era(floor(country), ceiling(country), IntStream.rangeClosed(1, 999).toArray()));
    }
    return List.of(
        new Era(LocalDate.of(1855, 1, 1), LocalDate.of(1899, 12, 31), IntStream.rangeClosed(500, 749).toArray()),
        new Era(LocalDate.of(1900, 1, 1), LocalDate.of(1939, 12, 31), IntStream.rangeClosed(0, 499).toArray()),
        new Era(LocalDate.of(1940, 1, 1), LocalDate.of(1999, 12, 31),
            IntStream.concat(IntStream.rangeClosed(0, 499), IntStream.rangeClosed(900, 999)).toArray()),
        new Era(LocalDate.of(2000, 1, 1), LocalDate.of(2039, 12, 31), IntStream.rangeClosed(500, 999).toArray()));
  }

  /** The number of pairs. */
  public long size() {
    return size;
  }

  /** The index of a pair, or -1 when it is not in this space. */
  public long indexOf(LocalDate date, int serial) {
    long day = date.toEpochDay();
    for (Segment s : segments) {
      if (day >= s.firstDay() && day < s.firstDay() + s.days()) {
        int position = serial >= 0 && serial < 1000 ? s.positions()[serial] : -1;
        return position < 0 ? -1 : s.offset() + (day - s.firstDay()) * s.serials().length + position;
      }
    }
    return -1;
  }

  /** The epoch day of the pair at {@code index}. */
  public long epochDayAt(long index) {
    Segment s = segmentOf(index);
    return s.firstDay() + (index - s.offset()) / s.serials().length;
  }

  public int serialAt(long index) {
    Segment s = segmentOf(index);
    return s.serials()[(int) ((index - s.offset()) % s.serials().length)];
  }

  private Segment segmentOf(long index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("index outside the space");
    }
    for (Segment s : segments) {
      if (index < s.offset() + s.size()) {
        return s;
      }
    }
    throw new IndexOutOfBoundsException("index outside the space");
  }
}
