package io.github.trygg.core.internal.propagation;

import org.apiguardian.api.API;

/**
 * Values the solver compares, packed into one {@code long} so that "better" is simply "larger": a
 * level (or a duration) in the high bits, and the complement of the origin in the low bits, so that
 * among equal levels the smaller origin wins. 0 means "nothing known". Packing makes the result
 * independent of the order in which edges are relaxed: the join of two keys is their maximum.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Keys {
  /** No value. */
  public static final long NONE = 0L;

  private static final long LOW = 0x7FFF_FFFFL;
  private static final int MAX = Integer.MAX_VALUE;

  private Keys() {}

  // ---- required levels: higher level wins -----------------------------------------------------

  public static long level(int level, int origin) {
    return ((long) (level + 1) << 31) | (MAX - origin);
  }

  /** The level 0–4, or -1 for {@link #NONE}. */
  public static int levelOf(long key) {
    return (int) (key >>> 31) - 1;
  }

  public static int originOf(long key) {
    return MAX - (int) (key & LOW);
  }

  // ---- capabilities: lower level wins (the weakest link) -----------------------------------------

  public static long weakest(int level, int origin) {
    return ((long) (5 - level) << 31) | (MAX - origin);
  }

  public static int weakestLevelOf(long key) {
    return 5 - (int) (key >>> 31);
  }

  // ---- durations --------------------------------------------------------------------------------

  /** Recovery objectives: the shortest (strictest) duration wins. */
  public static long strictest(long seconds, int origin) {
    return ((MAX - clamp(seconds)) << 31) | (MAX - origin);
  }

  public static long strictestSecondsOf(long key) {
    return MAX - (key >>> 31);
  }

  /** Recovery capabilities: the longest (worst) duration wins. */
  public static long worst(long seconds, int origin) {
    return ((clamp(seconds) + 1) << 31) | (MAX - origin);
  }

  public static long worstSecondsOf(long key) {
    return (key >>> 31) - 1;
  }

  private static long clamp(long seconds) {
    return Math.max(0, Math.min(seconds, MAX - 2L));
  }
}
