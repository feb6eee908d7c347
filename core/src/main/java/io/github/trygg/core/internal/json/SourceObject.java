package io.github.trygg.core.internal.json;

import io.github.trygg.core.Location;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An object with its members in file order, and typed reads that record a problem (with location
 * and expectation) instead of throwing, so a whole file is checked in one pass.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceObject extends SourceNode {
  private static final ParsedTexts<LocalDate> DATES = new ParsedTexts<>(LocalDate::parse);

  private final Map<String, SourceNode> members;

  /** An object read from a file: takes over {@code members} and links each to this object. */
  SourceObject(String source, int line, int column, @Nullable String name, int index, List<String> names, List<SourceNode> values) {
    super(source, line, column, name, index);
    if (names.isEmpty()) {
      this.members = Map.of();
    } else if (names.size() <= Members.MAX) {
      this.members = new Members(names.toArray(new String[0]), values.toArray(new SourceNode[0]));
    } else {
      LinkedHashMap<String, SourceNode> map = new LinkedHashMap<>(names.size() * 4 / 3 + 1);
      for (int i = 0; i < names.size(); i++) {
        map.put(names.get(i), values.get(i));
      }
      this.members = Collections.unmodifiableMap(map);
    }
    for (SourceNode child : values) {
      adopt(child);
    }
  }

  private SourceObject(Location location, Map<String, SourceNode> members) {
    super(location);
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
  }

  /** An object assembled in code, for example by merging several files. */
  public static SourceObject of(Location location, Map<String, SourceNode> members) {
    return new SourceObject(location, members);
  }

  /** Where a member's name is written; its value's location when the name's is not known. */
  public Location keyLocation(String name) {
    SourceNode value = members.get(name);
    return value == null ? location() : value.keyLocation();
  }

  @Override
  public String kind() {
    return "object";
  }

  public Map<String, SourceNode> members() {
    return members;
  }

  public Optional<SourceNode> get(String name) {
    SourceNode node = members.get(name);
    return node == null || (node instanceof SourceScalar s && s.isNull())
        ? Optional.empty()
        : Optional.of(node);
  }

  public boolean has(String name) {
    return get(name).isPresent();
  }

  /** Reports every member not in {@code allowed}, with the closest allowed name as a hint. */
  public void allowOnly(Problems problems, String... allowed) {
    Set<String> known = null;
    for (Map.Entry<String, SourceNode> e : members.entrySet()) {
      // A scan of the few allowed names; the set is built only for the message about a misspelt one.
      if (!contains(allowed, e.getKey())) {
        if (known == null) {
          known = new LinkedHashSet<>(Arrays.asList(allowed));
        }
        String hint = closest(e.getKey(), known);
        problems.add(
            "unknown-property",
            keyLocation(e.getKey()),
            "unknown property " + quoteName(e.getKey()) + (hint.isEmpty() ? "" : " (did you mean '" + hint + "'?)"),
            "one of: " + String.join(", ", known));
      }
    }
  }

  private static boolean contains(String[] names, String name) {
    for (String n : names) {
      if (n.equals(name)) {
        return true;
      }
    }
    return false;
  }

  // ---- required / optional scalars ---------------------------------------------------------

  public String requireString(String name, Problems problems) {
    Optional<String> value = optionalString(name, problems);
    if (value.isEmpty() && !has(name)) {
      missing(name, "a string", problems, "");
    }
    return value.orElse("");
  }

  public Optional<String> optionalString(String name, Problems problems) {
    return get(name).flatMap(n -> asString(n, problems));
  }

  public <E extends Enum<E>> Optional<E> requireEnum(String name, Class<E> type, Problems problems) {
    Optional<E> value = optionalEnum(name, type, problems);
    if (!has(name)) {
      missing(name, WireNames.choices(type), problems, "");
    }
    return value;
  }

  public <E extends Enum<E>> Optional<E> optionalEnum(String name, Class<E> type, Problems problems) {
    return get(name).flatMap(n -> asEnum(n, type, problems));
  }

  public Optional<Boolean> optionalBoolean(String name, Problems problems) {
    return get(name).flatMap(n -> asBoolean(n, problems));
  }

  public boolean booleanOr(String name, boolean fallback, Problems problems) {
    return optionalBoolean(name, problems).orElse(fallback);
  }

  public Optional<Long> optionalLong(String name, long min, long max, Problems problems) {
    return get(name).flatMap(n -> asLong(n, min, max, problems));
  }

  public Optional<BigDecimal> optionalDecimal(String name, Problems problems) {
    return get(name).flatMap(n -> asDecimal(n, problems));
  }

  public Optional<LocalDate> optionalDate(String name, Problems problems) {
    return get(name).flatMap(n -> asDate(n, problems));
  }

  public Optional<Instant> optionalInstant(String name, Problems problems) {
    return get(name).flatMap(n -> asInstant(n, problems));
  }

  public Optional<SourceObject> optionalObject(String name, Problems problems) {
    return get(name).flatMap(n -> asObject(n, problems));
  }

  public SourceObject requireObject(String name, Problems problems) {
    return optionalObject(name, problems)
        .orElseGet(
            () -> {
              if (!has(name)) {
                missing(name, "an object", problems, "");
              }
              return SourceObject.of(Location.of(location().source(), pointer(name)), Map.of());
            });
  }

  /** An array of objects; a missing member is an empty list. */
  public List<SourceObject> objects(String name, Problems problems) {
    return list(name, problems, n -> asObject(n, problems));
  }

  /** An array of strings; a missing member is an empty list. */
  public List<String> strings(String name, Problems problems) {
    return list(name, problems, n -> asString(n, problems));
  }

  /** An array of enum names; a missing member is an empty list. */
  public <E extends Enum<E>> List<E> enums(String name, Class<E> type, Problems problems) {
    return list(name, problems, n -> asEnum(n, type, problems));
  }

  /** The elements of an array member, each converted; elements that fail are reported and left out. */
  public <T> List<T> list(String name, Problems problems, Function<SourceNode, Optional<T>> convert) {
    Optional<SourceNode> node = get(name);
    if (node.isEmpty()) {
      return List.of();
    }
    if (!(node.get() instanceof SourceArray array)) {
      problems.add("wrong-type", node.get().location(), "'" + name + "' is " + article(node.get().kind()), "an array");
      return List.of();
    }
    List<T> out = new ArrayList<>(array.size());
    for (SourceNode element : array.elements()) {
      convert.apply(element).ifPresent(out::add);
    }
    return out;
  }

  // ---- conversions of single nodes -----------------------------------------------------------

  public static Optional<String> asString(SourceNode node, Problems problems) {
    if (node instanceof SourceScalar s && s.type() == SourceScalar.Type.STRING) {
      return Optional.of(s.text());
    }
    // YAML resolves unquoted 2026-01-01 or 42 to other types; ids and names are still text.
    if (node instanceof SourceScalar s && s.type() != SourceScalar.Type.NULL) {
      return Optional.of(s.text());
    }
    problems.add("wrong-type", node.location(), "found " + article(node.kind()), "a string");
    return Optional.empty();
  }

  public static <E extends Enum<E>> Optional<E> asEnum(SourceNode node, Class<E> type, Problems problems) {
    return asString(node, problems)
        .flatMap(
            text -> {
              Optional<E> value = WireNames.parse(text, type);
              if (value.isEmpty()) {
                // The value itself is never repeated: it could be personal data. A near miss is named instead.
                String hint = closest(text, WireNames.names(type));
                problems.add("unknown-value", node.location(),
                    "not a known value" + (hint.isEmpty() ? "" : " (did you mean '" + hint + "'?)"), WireNames.choices(type));
              }
              return value;
            });
  }

  public static Optional<Boolean> asBoolean(SourceNode node, Problems problems) {
    if (node instanceof SourceScalar s && s.type() == SourceScalar.Type.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.text()));
    }
    problems.add("wrong-type", node.location(), "found " + article(node.kind()), "true or false");
    return Optional.empty();
  }

  public static Optional<Long> asLong(SourceNode node, long min, long max, Problems problems) {
    String expected = "a whole number from " + min + " to " + max;
    if (node instanceof SourceScalar s && s.type() == SourceScalar.Type.NUMBER) {
      try {
        // The reader keeps only short plain decimals, so this never expands a hostile exponent.
        long value = new BigDecimal(s.text()).longValueExact();
        if (value >= min && value <= max) {
          return Optional.of(value);
        }
        problems.add("out-of-range", node.location(), "the number is out of range", expected);
        return Optional.empty();
      } catch (ArithmeticException | NumberFormatException e) {
        problems.add("wrong-type", node.location(), "found a number that is not whole or too large", expected);
        return Optional.empty();
      }
    }
    problems.add("wrong-type", node.location(), "found " + article(node.kind()), expected);
    return Optional.empty();
  }

  public static Optional<BigDecimal> asDecimal(SourceNode node, Problems problems) {
    if (node instanceof SourceScalar s && s.type() == SourceScalar.Type.NUMBER) {
      try {
        return Optional.of(new BigDecimal(s.text()));
      } catch (NumberFormatException e) {
        problems.add("wrong-type", node.location(), "found a number Trygg cannot read", "a decimal number");
        return Optional.empty();
      }
    }
    problems.add("wrong-type", node.location(), "found " + article(node.kind()), "a number");
    return Optional.empty();
  }

  public static Optional<LocalDate> asDate(SourceNode node, Problems problems) {
    return asString(node, problems)
        .flatMap(
            text -> {
              try {
                return Optional.of(DATES.parse(text));
              } catch (DateTimeParseException e) {
                problems.add("bad-date", node.location(), "not a date", "an ISO date such as 2026-01-31");
                return Optional.empty();
              }
            });
  }

  public static Optional<Instant> asInstant(SourceNode node, Problems problems) {
    return asString(node, problems)
        .flatMap(
            text -> {
              try {
                return Optional.of(Instant.parse(text));
              } catch (DateTimeParseException e) {
                problems.add("bad-instant", node.location(), "not a point in time", "an ISO instant such as 2026-01-31T09:30:00Z");
                return Optional.empty();
              }
            });
  }

  public static Optional<SourceObject> asObject(SourceNode node, Problems problems) {
    if (node instanceof SourceObject o) {
      return Optional.of(o);
    }
    problems.add("wrong-type", node.location(), "found " + article(node.kind()), "an object");
    return Optional.empty();
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** The JSON Pointer of a member of this object. */
  public String pointer(String name) {
    return pointerOf() + "/" + escape(name);
  }

  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  private <T> T missing(String name, String expected, Problems problems, T placeholder) {
    problems.add(
        "missing-property",
        location(),
        "missing required property '" + name + "'",
        expected);
    return placeholder;
  }

  /**
   * A property name as a message may show it: names are structure, not values, but a hostile file
   * can put anything there, so a long one is cut short (identity numbers are hidden by {@link
   * io.github.trygg.core.Problem} itself).
   */
  static String quoteName(String name) {
    return name.length() <= 64 ? "'" + name + "'" : "'" + name.substring(0, 60) + "…' (" + name.length() + " characters)";
  }

  private static String article(String kind) {
    return ("array".equals(kind) || "object".equals(kind) ? "an " : "a ") + kind;
  }

  /** The allowed name with the smallest edit distance, if it is close enough to be a likely typo. */
  static String closest(String name, Set<String> candidates) {
    if (name.length() > 64) {
      return "";
    }
    return candidates.stream()
        .map(c -> Map.entry(c, distance(name.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT))))
        .filter(e -> e.getValue() <= Math.max(2, name.length() / 3))
        .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse("");
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
