package io.github.trygg.crypto.record;

import io.github.trygg.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts of one run, field by field, growing into a {@link RecordReport}. */
final class Tally {
  /** Beyond this many distinct unlisted names, the rest are counted together. */
  private static final int MAX_FIELDS = 10_000;
  static final String OTHER = "(other unlisted fields)";

  /** The running counts of one field. */
  static final class Counts {
    long pseudonymised;
    long generalised;
    long kept;
    long dropped;
    long empty;
    long invalid;
    final Map<String, Long> invalidByCode = new LinkedHashMap<>();

    FieldCounts freeze() {
      return new FieldCounts(pseudonymised, generalised, kept, dropped, empty, invalid, invalidByCode);
    }
  }

  private final Map<String, Counts> fields = new LinkedHashMap<>();
  private final List<Problem> invalidValues = new ArrayList<>();
  private long invalid;

  Counts field(String label) {
    Counts counts = fields.get(label);
    if (counts == null) {
      if (fields.size() >= MAX_FIELDS) {
        // Not remembered under its own name: a file of millions of distinct names stays bounded.
        return fields.computeIfAbsent(OTHER, k -> new Counts());
      }
      counts = new Counts();
      fields.put(label, counts);
    }
    return counts;
  }

  void invalid(Counts counts, Problem problem) {
    counts.invalid++;
    counts.invalidByCode.merge(problem.code(), 1L, Long::sum);
    invalid++;
    if (invalidValues.size() < RecordReport.MAX_LISTED) {
      invalidValues.add(problem);
    }
  }

  /** Invalid values a batch found and already counted per field: into the run's total and list. */
  void invalid(long count, List<Problem> inRecordOrder) {
    invalid += count;
    for (Problem p : inRecordOrder) {
      if (invalidValues.size() >= RecordReport.MAX_LISTED) {
        break;
      }
      invalidValues.add(p);
    }
  }

  Map<String, FieldCounts> fields() {
    Map<String, FieldCounts> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> out.put(k, v.freeze()));
    return out;
  }

  long invalid() {
    return invalid;
  }

  List<Problem> invalidValues() {
    return invalidValues;
  }
}
