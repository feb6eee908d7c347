package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.util.AccumulatorV2;

/**
 * Counts by key — {@code label␀outcome} or {@code label␀invalid␀code} — summed across tasks. Keys are
 * field labels, outcomes and problem codes: never a value.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class CountsAccumulator extends AccumulatorV2<String, Map<String, Long>> {
  private static final long serialVersionUID = 1L;
  private HashMap<String, long[]> counts = new HashMap<>();

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public CountsAccumulator copy() {
    CountsAccumulator c = new CountsAccumulator();
    counts.forEach((k, v) -> c.counts.put(k, new long[] {v[0]}));
    return c;
  }

  @Override
  public void reset() {
    counts = new HashMap<>();
  }

  @Override
  public void add(String key) {
    add(key, 1);
  }

  public void add(String key, long n) {
    long[] c = counts.get(key);
    if (c == null) {
      counts.put(key, new long[] {n});
    } else {
      c[0] += n;
    }
  }

  @Override
  public void merge(AccumulatorV2<String, Map<String, Long>> other) {
    if (other instanceof CountsAccumulator o) {
      o.counts.forEach((k, v) -> add(k, v[0]));
    } else {
      other.value().forEach(this::add);
    }
  }

  @Override
  public Map<String, Long> value() {
    Map<String, Long> out = new HashMap<>();
    counts.forEach((k, v) -> out.put(k, v[0]));
    return out;
  }
}
