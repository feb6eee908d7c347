package io.github.trygg.crypto.record;

import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.internal.identity.BatchPseudonymiser;
import io.github.trygg.crypto.pseudonym.KeyRef;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Pseudonymiser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A record policy one value at a time, for engines that bring their own records — Apache Spark, a
 * database cursor, a message consumer. It is the code {@link RecordPseudonymiser} runs on CSV and
 * JSON: the same rule matching and the same per-value decisions, so the same value under the same
 * policy and key gives the same output. Made by {@link RecordPseudonymiser#values()}; immutable and
 * safe to use from several threads. The caller counts, through a {@link Counter}.
 *
 * <pre>{@code
 * RecordValues values = records.values();
 * RecordValues.Field pnr = values.at(List.of("patient", "personnummer")).orElseThrow();
 * Optional<String> out = pnr.apply(value, counter, () -> Location.of("visits", "/patient/personnummer"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordValues {
  /** The path segment that stands for any element of an array. */
  public static final String ELEMENT = "*";

  private final RecordPolicy policy;
  private final Pseudonymisation pseudonymisation;
  private final String document;
  private final LocalDate today;
  private final List<PointerPattern> patterns = new ArrayList<>();
  private final List<Field> pointers = new ArrayList<>();
  private final Map<String, Field> names = new HashMap<>();
  private final Map<String, Field> byLabel = new LinkedHashMap<>();
  private final Map<String, KeyRef> keys = new LinkedHashMap<>();

  RecordValues(RecordPolicy policy, Pseudonymisation pseudonymisation, String document) {
    this.policy = policy;
    this.pseudonymisation = pseudonymisation;
    this.document = document;
    this.today = LocalDate.now(pseudonymisation.clock());
    for (FieldRule rule : policy.fields()) {
      Field field = build(rule);
      byLabel.put(rule.label(), field);
      if (rule.pointer().isPresent()) {
        patterns.add(new PointerPattern(rule.pointer().get()));
        pointers.add(field);
      } else {
        names.put(rule.field().orElseThrow(), field);
      }
      if (field.pseudonymiser != null) {
        keys.put(field.pseudonymiser.domain().name(), field.pseudonymiser.key());
      }
    }
  }

  private Field build(FieldRule rule) {
    Pseudonymiser pseudonymiser = null;
    Pseudonymiser opaque = null;
    if (rule.action() instanceof FieldAction.Pseudonymise p) {
      PseudonymisationDomain domain = policy.domain(p.domain())
          .orElseThrow(() -> new IllegalArgumentException("field '" + rule.label() + "' names an unknown domain '" + p.domain() + "'"));
      pseudonymiser = switch (p.technique()) {
        case HMAC_SHA256 -> pseudonymisation.hmac(domain);
        case AES_SIV -> pseudonymisation.siv(domain);
        case DOCUMENT_TOKEN -> pseudonymisation.documentTokens(domain, document);
        case RANDOM_TOKEN -> pseudonymisation.randomTokens(domain);
        case IDENTITY_HMAC -> pseudonymisation.identityHmac(domain);
        case IDENTITY_FPE -> pseudonymisation.identityFpe(domain, p.fpe().orElseThrow());
      };
      if (FieldProcessor.identity(p.technique())) {
        opaque = pseudonymisation.hmac(domain);
      }
    }
    return new Field(rule, pseudonymiser, opaque, policy.invalidValues(), today);
  }

  /** {@return the policy the values are pseudonymised by} */
  public RecordPolicy policy() {
    return policy;
  }

  /** {@return the key version each domain's new pseudonyms are made with, by domain name} */
  public Map<String, KeyRef> keys() {
    return Collections.unmodifiableMap(keys);
  }

  /** {@return the policy's own rules, in policy order} */
  public List<Field> fields() {
    return List.copyOf(byLabel.values());
  }

  /**
   * The rule for one place in a record, as the JSON run finds it: a pointer first (in policy order),
   * then a rule naming the last segment. {@code path} holds the property names from the start of the
   * record, with {@link #ELEMENT} for an element of an array; an element with no pointer of its own
   * takes its array's rule when that rule pseudonymises or generalises. A pointer that names one
   * index ({@code /visits/0/note}) does not match {@link #ELEMENT}. A CSV column is a path of one.
   *
   * @param path the property names from the start of the record, {@link #ELEMENT} for an array element
   * @return the rule that applies there, ready to run; empty when no rule does
   */
  public Optional<Field> at(List<String> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    for (int p = 0; p < patterns.size(); p++) {
      if (patterns.get(p).matches(path)) {
        return Optional.of(pointers.get(p));
      }
    }
    String last = path.get(path.size() - 1);
    if (ELEMENT.equals(last)) {
      if (path.size() == 1) {
        return Optional.empty();
      }
      return at(path.subList(0, path.size() - 1)).filter(f -> !f.drops() && !f.keeps());
    }
    return Optional.ofNullable(names.get(last));
  }

  /**
   * A rule that is not in the policy, over the policy's domains — for functions that name a domain
   * and technique themselves, such as a SQL function. Its pseudonyms are those of a policy rule with
   * the same action.
   *
   * @param rule a rule, in the policy or not
   * @return the rule, ready to run
   * @throws IllegalArgumentException if the rule names a domain the policy does not have, or a
   *     technique the domain's policy does not allow
   */
  public Field field(FieldRule rule) {
    Objects.requireNonNull(rule, "rule");
    Field own = byLabel.get(rule.label());
    if (own != null && own.rule.equals(rule)) {
      return own;
    }
    return build(rule);
  }

  @Override
  public String toString() {
    return "RecordValues[" + policy.id() + " r" + policy.revision() + "]";
  }

  /**
   * What happened to each value, for an engine that keeps its own counts (Spark accumulators, a
   * metrics registry). Called once per value; never given the value.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public interface Counter {
    /** A value was replaced by its pseudonym. */
    void pseudonymised();

    /** A value was replaced by a coarser one. */
    void generalised();

    /** A value was passed through unchanged. */
    void kept();

    /** A value was left out. */
    void dropped();

    /** An empty or blank value, passed through as it is. */
    void empty();

    /**
     * A value the rule could not take, under {@link InvalidValues#OPAQUE}: it was made opaque. The
     * problem has a code, the location the engine gave, and no value.
     *
     * @param problem what is wrong with the value, with its location
     */
    void invalid(Problem problem);
  }

  /** One rule, ready to run: thread-safe, no state of its own. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Field {
    private final FieldRule rule;
    private final @Nullable Pseudonymiser pseudonymiser;
    private final @Nullable Pseudonymiser opaque;
    private final InvalidValues invalidValues;
    private final LocalDate today;

    Field(FieldRule rule, @Nullable Pseudonymiser pseudonymiser, @Nullable Pseudonymiser opaque, InvalidValues invalidValues, LocalDate today) {
      this.rule = rule;
      this.pseudonymiser = pseudonymiser;
      this.opaque = opaque;
      this.invalidValues = invalidValues;
      this.today = today;
    }

    /** {@return the rule that matched the field} */
    public FieldRule rule() {
      return rule;
    }

    /** {@return whether the rule leaves the field out} */
    public boolean drops() {
      return rule.action() instanceof FieldAction.Drop;
    }

    /** {@return whether the rule passes the value through unchanged} */
    public boolean keeps() {
      return rule.action() instanceof FieldAction.Keep;
    }

    /** {@return the pseudonymiser of a pseudonymise rule} */
    public Optional<Pseudonymiser> pseudonymiser() {
      return Optional.ofNullable(pseudonymiser);
    }

    /**
     * The value to write instead, or empty when the rule drops the field.
     *
     * @param where the value's location, asked for only when the value is invalid
     * @param value the value
     * @param counter where the outcome is counted
     * @return the value to write instead; empty when the rule drops the field
     * @throws RecordRejectedException for an invalid value under {@link InvalidValues#REJECT}
     */
    public Optional<String> apply(String value, Counter counter, Supplier<Location> where) {
      return Optional.ofNullable(applyOrNull(value, counter, where));
    }

    @Nullable String applyOrNull(String value, Counter counter, Supplier<Location> where) {
      FieldAction action = rule.action();
      if (action instanceof FieldAction.Drop) {
        counter.dropped();
        return null;
      }
      if (action instanceof FieldAction.Keep) {
        counter.kept();
        return value;
      }
      if (value.isBlank()) {
        counter.empty();
        return value;
      }
      if (action instanceof FieldAction.Generalise g) {
        Optional<String> coarse = Generalisations.apply(g, value, today);
        if (coarse.isPresent()) {
          counter.generalised();
          return coarse.get();
        }
        invalid(counter, new Problem("generalise-unreadable", where.get(), "field '" + rule.label() + "': the value cannot be read for " + g.to(),
            g.to() == Generalisation.RANGE ? "a number of at most " + Generalisations.MAX_INTEGER_DIGITS + " integer digits" : "a date (YYYY-MM-DD or YYYYMMDD) or an identity number"));
        return "";
      }
      Pseudonymiser p = pseudonymiser;
      if (p == null) {
        throw new IllegalStateException("no pseudonymiser for " + rule.label());
      }
      try {
        String pseudonym = p.pseudonymise(value);
        counter.pseudonymised();
        return pseudonym;
      } catch (InvalidInputException e) {
        Problem first = e.problems().get(0);
        invalid(counter, new Problem(first.code(), where.get(), "field '" + rule.label() + "': " + first.message(), first.expected()));
        if (opaque == null) {
          throw new IllegalStateException("no opaque pseudonymiser for " + rule.label(), e);
        }
        return opaque.pseudonymise(value.strip());
      }
    }

    /**
     * {@link #applyOrNull} on each of {@code values[0..n)} in order, into {@code out}; {@code
     * counts.record} says which value is being applied when one throws. A pseudonymiser that is
     * faster on many values gets them all at once first.
     */
    void applyAll(String[] values, int n, @Nullable String[] out, BatchCounts counts, IntFunction<Location> where) {
      Pseudonymiser p = pseudonymiser;
      if (!(p instanceof BatchPseudonymiser batch) || !(rule.action() instanceof FieldAction.Pseudonymise)) {
        for (int i = 0; i < n; i++) {
          counts.record = i;
          int at = i;
          out[i] = applyOrNull(values[i], counts, () -> where.apply(at));
        }
        return;
      }
      String[] taken = new String[n];
      int[] index = new int[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (!values[i].isBlank()) {
          index[m] = i;
          taken[m++] = values[i];
        }
      }
      String[] pseudonyms = new String[m];
      RuntimeException[] failures = new RuntimeException[m];
      batch.pseudonymiseAll(taken, m, pseudonyms, failures);
      for (int i = 0, k = 0; i < n; i++) {
        counts.record = i;
        if (k == m || index[k] != i) {
          counts.empty();
          out[i] = values[i];
          continue;
        }
        RuntimeException failure = failures[k];
        String pseudonym = pseudonyms[k++];
        if (failure == null) {
          counts.pseudonymised();
          out[i] = pseudonym;
          continue;
        }
        if (!(failure instanceof InvalidInputException e)) {
          throw failure;
        }
        Problem first = e.problems().get(0);
        invalid(counts, new Problem(first.code(), where.apply(i), "field '" + rule.label() + "': " + first.message(), first.expected()));
        if (opaque == null) {
          throw new IllegalStateException("no opaque pseudonymiser for " + rule.label(), e);
        }
        out[i] = opaque.pseudonymise(values[i].strip());
      }
    }

    private void invalid(Counter counter, Problem problem) {
      if (invalidValues == InvalidValues.REJECT) {
        throw new RecordRejectedException(problem);
      }
      counter.invalid(problem);
    }

    @Override
    public String toString() {
      return "Field[" + rule.label() + "]";
    }
  }
}
