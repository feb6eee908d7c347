package io.github.trygg.spark.internal;

import io.github.trygg.core.Problem;
import io.github.trygg.crypto.record.RecordValues;

/** Counts one field's outcomes in a task's copy of the accumulator; the problem's code only. */
final class AccumulatorCounter implements RecordValues.Counter {
  static final char SEP = '\u0000';
  private final CountsAccumulator counts;
  private final String label;
  private final String pseudonymised;
  private final String generalised;
  private final String kept;
  private final String dropped;
  private final String empty;

  AccumulatorCounter(CountsAccumulator counts, String label) {
    this.counts = counts;
    this.label = label;
    this.pseudonymised = label + SEP + "pseudonymised";
    this.generalised = label + SEP + "generalised";
    this.kept = label + SEP + "kept";
    this.dropped = label + SEP + "dropped";
    this.empty = label + SEP + "empty";
  }

  @Override
  public void pseudonymised() {
    counts.add(pseudonymised);
  }

  @Override
  public void generalised() {
    counts.add(generalised);
  }

  @Override
  public void kept() {
    counts.add(kept);
  }

  @Override
  public void dropped() {
    counts.add(dropped);
  }

  @Override
  public void empty() {
    counts.add(empty);
  }

  @Override
  public void invalid(Problem problem) {
    counts.add(label + SEP + "invalid" + SEP + problem.code());
  }
}
