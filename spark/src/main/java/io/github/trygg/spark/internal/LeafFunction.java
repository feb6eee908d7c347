package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.core.Location;
import io.github.trygg.crypto.record.RecordValues;
import java.util.function.Supplier;
import org.apache.spark.sql.api.java.UDF1;
import org.jspecify.annotations.Nullable;

/**
 * One policy rule as a Spark function of one value: the rule's {@link RecordValues.Field}, built on
 * the executor from the {@link EngineSpec}. Serialized with the task; holds no key material — the
 * field and its keys are transient and built where the task runs.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LeafFunction implements UDF1<String, String> {
  private static final long serialVersionUID = 1L;

  private final EngineSpec spec;
  private final PolicyCopy.RuleCopy rule;
  private final CountsAccumulator counts;
  private final String source;
  private final String pointer;
  private transient RecordValues.@Nullable Field field;
  private transient @Nullable AccumulatorCounter counter;
  private transient @Nullable Supplier<Location> where;

  public LeafFunction(EngineSpec spec, PolicyCopy.RuleCopy rule, CountsAccumulator counts, String source, String pointer) {
    this.spec = spec;
    this.rule = rule;
    this.counts = counts;
    this.source = source;
    this.pointer = pointer;
  }

  @Override
  public @Nullable String call(@Nullable String value) {
    RecordValues.Field f = field;
    AccumulatorCounter c = counter;
    Supplier<Location> w = where;
    if (f == null || c == null || w == null) {
      f = field = spec.values().field(rule.rule());
      c = counter = new AccumulatorCounter(counts, rule.label());
      Location location = Location.of(source, pointer);
      w = where = () -> location;
    }
    if (value == null) {
      c.empty();
      return null;
    }
    return f.apply(value, c, w).orElse(null);
  }

  @Override
  public String toString() {
    return "trygg[" + rule.label() + "]";
  }
}
