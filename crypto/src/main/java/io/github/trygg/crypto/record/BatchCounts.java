package io.github.trygg.crypto.record;

import io.github.trygg.core.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one column's rule did to one batch of records, kept apart from the run's {@link Tally} so a
 * batch can be worked on by another thread and its counts added in record order afterwards.
 */
final class BatchCounts implements RecordValues.Counter {
  long pseudonymised;
  long generalised;
  long kept;
  long dropped;
  long empty;
  long invalid;
  final Map<String, Long> invalidByCode = new LinkedHashMap<>();
  /** The first invalid values, with the record each is in (no more than a report lists). */
  final List<Listed> listed = new ArrayList<>();
  /** Which record of the batch the rule is applied to now. */
  int record;

  /** An invalid value and where in the batch it is. */
  record Listed(int record, int column, Problem problem) {}

  private final int column;

  BatchCounts(int column) {
    this.column = column;
  }

  @Override
  public void pseudonymised() {
    pseudonymised++;
  }

  @Override
  public void generalised() {
    generalised++;
  }

  @Override
  public void kept() {
    kept++;
  }

  @Override
  public void dropped() {
    dropped++;
  }

  @Override
  public void empty() {
    empty++;
  }

  @Override
  public void invalid(Problem problem) {
    invalid++;
    invalidByCode.merge(problem.code(), 1L, Long::sum);
    if (listed.size() < RecordReport.MAX_LISTED) {
      listed.add(new Listed(record, column, problem));
    }
  }

  /** Adds these counts to a field's running counts. */
  void addTo(Tally.Counts counts) {
    counts.pseudonymised += pseudonymised;
    counts.generalised += generalised;
    counts.kept += kept;
    counts.dropped += dropped;
    counts.empty += empty;
    counts.invalid += invalid;
    invalidByCode.forEach((code, n) -> counts.invalidByCode.merge(code, n, Long::sum));
  }
}
