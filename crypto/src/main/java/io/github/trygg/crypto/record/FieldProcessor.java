package io.github.trygg.crypto.record;

import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.Technique;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One rule in one run: the shared {@link RecordValues.Field} with this run's counts. */
final class FieldProcessor implements RecordValues.Counter {
  final FieldRule rule;
  final Tally.Counts counts;
  private final Tally tally;
  final RecordValues.Field field;
  boolean matched;

  FieldProcessor(RecordValues.Field field, Tally tally) {
    this.field = field;
    this.rule = field.rule();
    this.tally = tally;
    this.counts = tally.field(rule.label());
  }

  boolean drops() {
    return field.drops();
  }

  boolean keeps() {
    return field.keeps();
  }

  /**
   * The value to write instead, or null to leave the field out.
   *
   * @throws RecordRejectedException for an invalid value under {@link InvalidValues#REJECT}
   */
  @Nullable String apply(String value, Supplier<Location> where) {
    matched = true;
    return field.applyOrNull(value, this, where);
  }

  @Override
  public void pseudonymised() {
    counts.pseudonymised++;
  }

  @Override
  public void generalised() {
    counts.generalised++;
  }

  @Override
  public void kept() {
    counts.kept++;
  }

  @Override
  public void dropped() {
    counts.dropped++;
  }

  @Override
  public void empty() {
    counts.empty++;
  }

  @Override
  public void invalid(Problem problem) {
    tally.invalid(counts, problem);
  }

  static boolean identity(Technique t) {
    return t == Technique.IDENTITY_FPE || t == Technique.IDENTITY_HMAC;
  }
}
