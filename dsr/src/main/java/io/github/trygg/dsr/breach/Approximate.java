package io.github.trygg.dsr.breach;

import org.apiguardian.api.API;

/**
 * An approximate number as a range, for subjects or records concerned (Art. 33(3)(a)).
 *
 * @param min the lower bound, at least 0
 * @param max the upper bound, at least {@code min}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Approximate(long min, long max) {
  /**
   * Checks the range.
   *
   * @param min the lower bound, at least 0
   * @param max the upper bound, at least {@code min}
   * @throws IllegalArgumentException unless {@code 0 <= min <= max}
   */
  public Approximate {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("a range needs 0 <= min <= max");
    }
  }

  /**
   * An exact number.
   *
   * @param n the number, at least 0
   * @return the range {@code [n, n]}
   */
  public static Approximate exactly(long n) {
    return new Approximate(n, n);
  }

  @Override
  public String toString() {
    return min == max ? Long.toString(min) : min + "–" + max;
  }
}
