package io.github.trygg.core.internal.json;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Enum constants in files are lower-case words joined by hyphens ({@code VERY_MANY} is written
 * {@code very-many}); reading also accepts the constant's own spelling.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class WireNames {
  private WireNames() {}

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static <E extends Enum<E>> Optional<E> parse(String text, Class<E> type) {
    String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(normalised)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }

  /** The wire names of every constant, in declaration order. */
  public static java.util.Set<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(WireNames::of).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  /** "one of: a, b, c" for error messages. */
  public static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(WireNames::of)
        .collect(Collectors.joining(", ", "one of: ", ""));
  }
}
