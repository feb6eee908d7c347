package io.github.trygg.core.internal.data;

import java.util.Map;
import org.apiguardian.api.API;

/** Reads from maps that hold every key by construction (one text per enum constant, and so on). */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Lookup {
  private Lookup() {}

  /** The value for {@code key}; a missing one means the caller asked for a key outside the map's domain. */
  public static <K, V> V in(Map<K, V> map, K key, String what) {
    V value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("no " + what + " for " + key);
    }
    return value;
  }
}
