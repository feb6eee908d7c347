package io.github.trygg.core;

import io.github.trygg.core.internal.value.TryggStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How much one JSON or YAML document may hold before Trygg refuses to read it. Every reader of a
 * register or data file enforces these while it parses, so a hostile or broken file ends in an
 * {@link InvalidInputException} naming the limit and where it was passed — never in an
 * {@link OutOfMemoryError} or minutes of work. The defaults fit every file Trygg ships and registers
 * of many thousand systems; a host that reads larger registers raises them (see
 * {@code docs/limits.md}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ReadLimits {
  /** The largest nesting depth a host may allow; deeper documents would exhaust the stack. */
  public static final int NESTING_CEILING = 1000;

  private static final ReadLimits DEFAULTS = builder().build();

  /** {@return bytes in one document (default 16 MiB)} */
  @Value.Default
  public long maxInputBytes() {
    return 16L << 20;
  }

  /** {@return objects and arrays inside each other (default 64)} */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /**
   * {@return values — objects, arrays, strings, numbers, booleans and nulls — in one document
   * (default 500 000)}
   */
  @Value.Default
  public int maxValues() {
    return 500_000;
  }

  /** {@return characters in one string (default 1 MiB of characters)} */
  @Value.Default
  public int maxStringLength() {
    return 1 << 20;
  }

  /** {@return characters in one property name (default 1 024)} */
  @Value.Default
  public int maxNameLength() {
    return 1024;
  }

  /**
   * {@return characters in one number, both as written and as it would be written out in full:
   * {@code 1e400} is 5 characters but 401 written out, and is refused under the default of 100}
   * Numbers are never expanded to find this out.
   */
  @Value.Default
  public int maxNumberLength() {
    return 100;
  }

  /**
   * Checks the value when it is built, so that no inconsistent one exists.
   *
   * @throws IllegalStateException if it is inconsistent; the message names what is wrong
   */
  @Value.Check
  protected void check() {
    if (maxInputBytes() < 1 || maxValues() < 1 || maxStringLength() < 1 || maxNameLength() < 1 || maxNumberLength() < 1) {
      throw new IllegalStateException("every read limit must be at least 1");
    }
    if (maxNestingDepth() < 1 || maxNestingDepth() > NESTING_CEILING) {
      throw new IllegalStateException("maxNestingDepth must be 1–" + NESTING_CEILING);
    }
  }

  /** {@return the limits Trygg reads with unless a host gives others} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder that starts from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReadLimits}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableReadLimits.Builder {}
}
