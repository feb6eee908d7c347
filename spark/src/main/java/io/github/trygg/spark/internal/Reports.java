package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.crypto.record.FieldCounts;
import java.util.LinkedHashMap;
import java.util.Map;

/** Field counts from the accumulator's {@code label␀outcome[␀code]} keys. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Reports {
  private Reports() {}

  /** Running counts of one field. */
  public static final class Counts {
    public long pseudonymised;
    public long generalised;
    public long kept;
    public long dropped;
    public long empty;
    public long invalid;
    public final Map<String, Long> invalidByCode = new LinkedHashMap<>();

    public FieldCounts freeze() {
      return new FieldCounts(pseudonymised, generalised, kept, dropped, empty, invalid, invalidByCode);
    }
  }

  /** Adds the accumulator's counts to {@code fields}, creating a field's entry when it has none yet. */
  public static void add(Map<String, Long> accumulated, Map<String, Counts> fields) {
    accumulated.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      String[] parts = e.getKey().split(String.valueOf(AccumulatorCounter.SEP), -1);
      Counts c = fields.computeIfAbsent(parts[0], k -> new Counts());
      long n = e.getValue();
      switch (parts[1]) {
        case "pseudonymised" -> c.pseudonymised += n;
        case "generalised" -> c.generalised += n;
        case "kept" -> c.kept += n;
        case "dropped" -> c.dropped += n;
        case "empty" -> c.empty += n;
        case "invalid" -> {
          c.invalid += n;
          c.invalidByCode.merge(parts[2], n, Long::sum);
        }
        default -> throw new IllegalStateException("unknown count " + parts[1]);
      }
    });
  }
}
