package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.core.Location;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.Generalisation;
import io.github.trygg.crypto.record.RecordValues;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.api.java.UDF2;
import org.jspecify.annotations.Nullable;

/**
 * The SQL functions: a value and a domain name (pseudonyms) or a generalisation ({@code year},
 * {@code truncate:3}). Each argument pair becomes a rule over the policy's domains, run by the same
 * {@link RecordValues.Field} code as a policy rule; counted under the function's call as label.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SqlFunction implements UDF2<Object, String, String> {
  private static final long serialVersionUID = 1L;

  /** Which function. */
  public enum Kind {
    PSEUDONYM("trygg_pseudonym"),
    IDENTITY_PSEUDONYM("trygg_identity_pseudonym"),
    GENERALISE("trygg_generalise");

    public final String sqlName;

    Kind(String sqlName) {
      this.sqlName = sqlName;
    }
  }

  private final EngineSpec spec;
  private final Kind kind;
  private final CountsAccumulator counts;
  private transient @Nullable Map<String, Bound> bound;

  private record Bound(RecordValues.Field field, AccumulatorCounter counter, Supplier<Location> where) {}

  public SqlFunction(EngineSpec spec, Kind kind, CountsAccumulator counts) {
    this.spec = spec;
    this.kind = kind;
    this.counts = counts;
  }

  @Override
  public @Nullable String call(@Nullable Object value, @Nullable String argument) {
    if (argument == null) {
      throw new IllegalArgumentException(kind.sqlName + " needs its second argument: " + (kind == Kind.GENERALISE ? "a generalisation" : "a domain name"));
    }
    Map<String, Bound> map = bound;
    if (map == null) {
      map = bound = new HashMap<>();
    }
    Bound b = map.get(argument);
    if (b == null) {
      b = bind(argument);
      map.put(argument, b);
    }
    if (value == null) {
      b.counter.empty();
      return null;
    }
    // A number or a date is read as its text, as a policy rule reads a column cast to text.
    return b.field.apply(value.toString(), b.counter, b.where).orElse(null);
  }

  private Bound bind(String argument) {
    String label = kind.sqlName + "(" + argument + ")";
    FieldRule rule = FieldRule.field(label, action(argument));
    Location location = Location.of("sql", "/" + label);
    return new Bound(spec.values().field(rule), new AccumulatorCounter(counts, label), () -> location);
  }

  private FieldAction action(String argument) {
    switch (kind) {
      case PSEUDONYM:
        return FieldAction.Pseudonymise.with(Technique.HMAC_SHA256, argument);
      case IDENTITY_PSEUDONYM:
        return FieldAction.Pseudonymise.with(Technique.IDENTITY_HMAC, argument);
      default:
        String[] parts = argument.split(":", 2);
        Generalisation to;
        try {
          to = Generalisation.valueOf(parts[0].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("trygg_generalise: '" + parts[0] + "' is not one of year, year-month, decade, truncate:<length>, range:<width>");
        }
        int parameter = 0;
        if (parts.length == 2) {
          try {
            parameter = Integer.parseInt(parts[1].strip());
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("trygg_generalise: the length or width after ':' is a whole number");
          }
        }
        return new FieldAction.Generalise(to, parameter);
    }
  }

  @Override
  public String toString() {
    return kind.sqlName;
  }
}
