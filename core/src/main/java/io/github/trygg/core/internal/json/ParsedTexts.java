package io.github.trygg.core.internal.json;

import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Remembers the value recently parsed from a text, for texts a register repeats on every entry (a
 * review date, an interval such as {@code P1Y}): the JDK's parsers for dates and periods cost far
 * more than a look-up. A fixed table where a newcomer replaces what is in its slot, so its size does
 * not depend on the input. Safe to share between threads: a slot holds an immutable pair, and a
 * reader that misses parses again.
 *
 * @param <T> the immutable value parsed
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ParsedTexts<T> {
  private static final int SLOTS = 256;
  private static final int LONGEST = 32;

  private record Slot(String text, Object value) {}

  private final @Nullable Slot[] slots = new Slot[SLOTS];
  private final Function<String, T> parse;

  /** {@code parse} must be a pure function returning an immutable value, and may throw. */
  public ParsedTexts(Function<String, T> parse) {
    this.parse = parse;
  }

  /** {@return the value of {@code text}}; whatever {@code parse} throws is thrown, and nothing is kept. */
  @SuppressWarnings("unchecked")
  public T parse(String text) {
    if (text.length() > LONGEST) {
      return parse.apply(text);
    }
    int i = text.hashCode() & (SLOTS - 1);
    Slot slot = slots[i];
    if (slot != null && slot.text().equals(text)) {
      return (T) slot.value();
    }
    T value = parse.apply(text);
    slots[i] = new Slot(text, value);
    return value;
  }
}
