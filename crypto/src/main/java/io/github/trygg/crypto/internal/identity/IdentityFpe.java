package io.github.trygg.crypto.internal.identity;

import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.identity.IdentityKind;
import io.github.trygg.core.identity.IdentityNumber;
import io.github.trygg.core.identity.IdentityNumbers;
import io.github.trygg.crypto.internal.primitive.Ff1;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A keyed permutation of valid identity numbers that keeps the kind (personnummer,
 * samordningsnummer, fødselsnummer, D-, H- and synthetic numbers) and, on request, the decade of
 * birth and the parity of the serial (legal sex before Norway's 2032 rule).
 *
 * <p>The number's (birth date, serial) pair is indexed in an {@link IdentitySpace} of M pairs; FF1
 * in radix 10 over as many digits as M - 1 has encrypts the index, and cycle-walking repeats the
 * encryption until the result is an index below M whose number has valid check digits (Black and
 * Rogaway, 2002), which makes a permutation of exactly the valid numbers. The kind, the window and
 * the parity are in the tweak, so every class is its own permutation. Check digits are recomputed;
 * Norwegian ones with the first remainder 0, valid under both the old and the 2032 rule.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class IdentityFpe {
  /** Why a number cannot be mapped. */
  public enum Refusal {
    /** The birth date is outside the window of dates pseudonyms may have. */
    OUT_OF_WINDOW,
    /** The window left for this number (its decade, its parity) has fewer than 10^6 numbers. */
    DOMAIN_TOO_SMALL,
    /** A Norwegian number under the 2032 control rule: its check digits carry information the mapping cannot keep. */
    NEW_CONTROL_RULE
  }

  /** The mapped number, or why there is none. */
  public record Result(Optional<IdentityNumber> number, Optional<Refusal> refusal) {
    static Result of(IdentityNumber n) {
      return new Result(Optional.of(n), Optional.empty());
    }

    static Result refused(Refusal r) {
      return new Result(Optional.empty(), Optional.of(r));
    }
  }

  private static final int MAX_WALK = 1_000_000;

  private final Ff1 ff1;
  private final @Nullable LocalDate earliest;
  private final LocalDate latest;
  private final boolean decade;
  private final boolean sex;
  private final Map<WalkKey, Walk> walks = new ConcurrentHashMap<>();

  /** What selects a permutation; the tweak is written from it once, when first needed. */
  private record WalkKey(IdentityKind kind, long from, long to, int parity) {
    byte[] tweak() {
      String text = "trygg/identity-fpe/v1|" + kind.name() + '|' + LocalDate.ofEpochDay(from) + '|' + LocalDate.ofEpochDay(to)
          + '|' + (parity < 0 ? "-" : String.valueOf(parity));
      return text.getBytes(StandardCharsets.US_ASCII);
    }
  }

  /** A space and the FF1 state over its digits. */
  private record Walk(IdentitySpace space, Ff1.@Nullable Prepared ff1) {}

  /**
   * @param key a 32-byte AES-256 key
   * @param earliest the first birth date a pseudonym may have (each country's own limits apply too);
   *     null for {@link #defaultEarliest(Jurisdiction)}
   * @param latest the last
   * @param decade keep the decade of birth
   * @param sex keep the serial's parity
   */
  public IdentityFpe(byte[] key, @Nullable LocalDate earliest, LocalDate latest, boolean decade, boolean sex) {
    if (earliest != null && latest.isBefore(earliest)) {
      throw new IllegalArgumentException("the latest birth date is before the earliest");
    }
    this.ff1 = new Ff1(key, 10);
    this.earliest = earliest;
    this.latest = latest;
    this.decade = decade;
    this.sex = sex;
  }

  /** 1870-01-01 for Swedish numbers; 1855-01-01, the first individual numbers, for Norwegian ones. */
  public static LocalDate defaultEarliest(Jurisdiction country) {
    return country == Jurisdiction.NORWAY ? LocalDate.of(1855, 1, 1) : LocalDate.of(1870, 1, 1);
  }

  private LocalDate earliest(Jurisdiction country) {
    return max(earliest == null ? defaultEarliest(country) : earliest, IdentitySpace.floor(country));
  }

  /**
   * The size of the domain a number of this country would be permuted in when the window does not
   * depend on the number (no decade kept): for checking a configuration up front.
   */
  public long fixedDomainSize(Jurisdiction country, int parity) {
    LocalDate from = earliest(country);
    LocalDate to = min(latest, IdentitySpace.ceiling(country));
    return from.isAfter(to) ? 0 : IdentitySpace.of(country, from, to, parity).size();
  }

  public Result encrypt(IdentityNumber number) {
    return map(number, true);
  }

  public Result decrypt(IdentityNumber pseudonym) {
    return map(pseudonym, false);
  }

  /**
   * {@link #encrypt} of each of {@code numbers[0..n)} (null entries are skipped and get null): the
   * same results, with the numbers of one permutation walked in step, so that each FF1 round is one
   * AES call over all of them rather than one per number.
   */
  public @Nullable Result[] encryptAll(@Nullable IdentityNumber[] numbers, int n) {
    Result[] results = new Result[n];
    Map<Walk, int[]> groups = new java.util.IdentityHashMap<>();
    Map<Walk, Integer> sizes = new java.util.IdentityHashMap<>();
    long[] start = new long[n];
    Walk[] walkOf = new Walk[n];
    for (int i = 0; i < n; i++) {
      IdentityNumber number = numbers[i];
      if (number == null) {
        continue;
      }
      Object w = walk(number);
      if (w instanceof Result refused) {
        results[i] = refused;
        continue;
      }
      Walk walk = (Walk) w;
      walkOf[i] = walk;
      start[i] = walk.space().indexOf(number.birthDate(), number.serial());
      if (start[i] < 0) {
        throw new IllegalStateException("a valid number outside its own space");
      }
      int size = sizes.getOrDefault(walk, 0);
      int[] members = groups.computeIfAbsent(walk, k -> new int[n]);
      members[size] = i;
      sizes.put(walk, size + 1);
    }
    for (Map.Entry<Walk, int[]> group : groups.entrySet()) {
      Walk walk = group.getKey();
      Ff1.Prepared cipher = java.util.Objects.requireNonNull(walk.ff1());
      IdentitySpace space = walk.space();
      int[] members = group.getValue();
      int active = java.util.Objects.requireNonNull(sizes.get(walk));
      long[] xs = new long[active];
      for (int j = 0; j < active; j++) {
        xs[j] = start[members[j]];
      }
      for (int step = 0; step < MAX_WALK && active > 0; step++) {
        cipher.encryptAll(xs, active);
        int kept = 0;
        for (int j = 0; j < active; j++) {
          int i = members[j];
          long x = xs[j];
          Optional<IdentityNumber> candidate = x < space.size()
              ? build(java.util.Objects.requireNonNull(numbers[i]).kind(), LocalDate.ofEpochDay(space.epochDayAt(x)), space.serialAt(x))
              : Optional.empty();
          if (candidate.isPresent()) {
            results[i] = Result.of(candidate.get());
          } else {
            // Walks on: another round of FF1 from where it is.
            members[kept] = i;
            xs[kept] = x;
            kept++;
          }
        }
        active = kept;
      }
      if (active > 0) {
        throw new IllegalStateException("cycle-walking did not end");
      }
    }
    return results;
  }

  /** The walk (space and FF1) a number is permuted in, or the {@link Result} refusing it. */
  private Object walk(IdentityNumber number) {
    if (number.usesNewControlRule()) {
      return Result.refused(Refusal.NEW_CONTROL_RULE);
    }
    IdentityKind kind = number.kind();
    Jurisdiction country = kind.jurisdiction();
    LocalDate birth = number.birthDate();
    LocalDate from = earliest(country);
    LocalDate to = min(latest, IdentitySpace.ceiling(country));
    if (decade) {
      int start = birth.getYear() - Math.floorMod(birth.getYear(), 10);
      from = max(from, LocalDate.of(start, 1, 1));
      to = min(to, LocalDate.of(start + 9, 12, 31));
    }
    if (birth.isBefore(from) || birth.isAfter(to)) {
      return Result.refused(Refusal.OUT_OF_WINDOW);
    }
    int parity = sex ? number.serial() % 2 : -1;
    Walk walk = walks.computeIfAbsent(new WalkKey(kind, from.toEpochDay(), to.toEpochDay(), parity), key -> {
      IdentitySpace space = IdentitySpace.of(country, LocalDate.ofEpochDay(key.from()), LocalDate.ofEpochDay(key.to()), key.parity());
      if (space.size() < Ff1.MIN_DOMAIN) {
        return new Walk(space, null);
      }
      int digits = Long.toString(space.size() - 1).length();
      return new Walk(space, ff1.prepare(digits, key.tweak()));
    });
    if (walk.ff1() == null) {
      return Result.refused(Refusal.DOMAIN_TOO_SMALL);
    }
    return walk;
  }

  private Result map(IdentityNumber number, boolean forward) {
    Object w = walk(number);
    if (w instanceof Result refused) {
      return refused;
    }
    Walk walk = (Walk) w;
    Ff1.Prepared cipher = java.util.Objects.requireNonNull(walk.ff1());
    IdentityKind kind = number.kind();
    LocalDate birth = number.birthDate();
    IdentitySpace space = walk.space();
    long x = space.indexOf(birth, number.serial());
    if (x < 0) {
      throw new IllegalStateException("a valid number outside its own space");
    }
    for (int step = 0; step < MAX_WALK; step++) {
      x = forward ? cipher.encrypt(x) : cipher.decrypt(x);
      if (x < space.size()) {
        Optional<IdentityNumber> candidate = build(kind, LocalDate.ofEpochDay(space.epochDayAt(x)), space.serialAt(x));
        if (candidate.isPresent()) {
          return Result.of(candidate.get());
        }
      }
    }
    throw new IllegalStateException("cycle-walking did not end");
  }

  /** The number of these parts; empty for Norwegian parts whose check digit would be 10. */
  private static Optional<IdentityNumber> build(IdentityKind kind, LocalDate date, int serial) {
    return kind.jurisdiction() == Jurisdiction.SWEDEN
        ? Optional.of(IdentityNumbers.swedish(kind, date, serial))
        : IdentityNumbers.norwegian(kind, date, serial);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  @Override
  public String toString() {
    return "IdentityFpe[" + (earliest == null ? "" : earliest) + ".." + latest + (decade ? ", decade" : "") + (sex ? ", sex" : "") + ", key hidden]";
  }
}
