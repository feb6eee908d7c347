package io.github.trygg.crypto.record;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.pseudonym.Pseudonymiser;
import io.github.trygg.crypto.pseudonym.Technique;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One rule, ready to run: its pseudonymiser, its fallback for invalid values, its counts. */
final class FieldProcessor {
  final FieldRule rule;
  final Tally.Counts counts;
  private final Tally tally;
  private final @Nullable Pseudonymiser pseudonymiser;
  private final @Nullable Pseudonymiser opaque;
  private final InvalidValues invalidValues;
  private final LocalDate today;
  boolean matched;

  FieldProcessor(FieldRule rule, Tally tally, @Nullable Pseudonymiser pseudonymiser, @Nullable Pseudonymiser opaque,
      InvalidValues invalidValues, LocalDate today) {
    this.rule = rule;
    this.tally = tally;
    this.counts = tally.field(rule.label());
    this.pseudonymiser = pseudonymiser;
    this.opaque = opaque;
    this.invalidValues = invalidValues;
    this.today = today;
  }

  boolean drops() {
    return rule.action() instanceof FieldAction.Drop;
  }

  boolean keeps() {
    return rule.action() instanceof FieldAction.Keep;
  }

  /**
   * The value to write instead, or null to leave the field out.
   *
   * @throws RecordRejectedException for an invalid value under {@link InvalidValues#REJECT}
   */
  @Nullable String apply(String value, Supplier<Location> where) {
    matched = true;
    FieldAction action = rule.action();
    if (action instanceof FieldAction.Drop) {
      counts.dropped++;
      return null;
    }
    if (action instanceof FieldAction.Keep) {
      counts.kept++;
      return value;
    }
    if (value.isBlank()) {
      counts.empty++;
      return value;
    }
    if (action instanceof FieldAction.Generalise g) {
      Optional<String> coarse = Generalisations.apply(g, value, today);
      if (coarse.isPresent()) {
        counts.generalised++;
        return coarse.get();
      }
      invalid(new Problem("generalise-unreadable", where.get(), "field '" + rule.label() + "': the value cannot be read for " + g.to(),
          g.to() == Generalisation.RANGE ? "a number of at most " + Generalisations.MAX_INTEGER_DIGITS + " integer digits" : "a date (YYYY-MM-DD or YYYYMMDD) or an identity number"));
      return "";
    }
    Pseudonymiser p = pseudonymiser;
    if (p == null) {
      throw new IllegalStateException("no pseudonymiser for " + rule.label());
    }
    try {
      String pseudonym = p.pseudonymise(value);
      counts.pseudonymised++;
      return pseudonym;
    } catch (InvalidInputException e) {
      Problem first = e.problems().get(0);
      invalid(new Problem(first.code(), where.get(), "field '" + rule.label() + "': " + first.message(), first.expected()));
      if (opaque == null) {
        throw new IllegalStateException("no opaque pseudonymiser for " + rule.label(), e);
      }
      return opaque.pseudonymise(value.strip());
    }
  }

  private void invalid(Problem problem) {
    if (invalidValues == InvalidValues.REJECT) {
      throw new RecordRejectedException(problem);
    }
    tally.invalid(counts, problem);
  }

  static boolean identity(Technique t) {
    return t == Technique.IDENTITY_FPE || t == Technique.IDENTITY_HMAC;
  }
}
