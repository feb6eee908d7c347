package io.github.trygg.core.internal.message;

import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.SourceScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/** Small typed reads shared by the table and term-list readers; problems are collected, not thrown. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TableReading {
  private TableReading() {}

  /** A text in Swedish, Norwegian bokmål and English, read as every data file reads one ({@link Texts}). */
  public static LocalizedText text(SourceObject parent, String name, Problems problems) {
    return Texts.requireText(parent, name, problems);
  }

  public static Optional<LocalizedText> optionalText(SourceObject parent, String name, Problems problems) {
    return Texts.optionalText(parent, name, problems);
  }

  public static LocalizedText text(SourceObject o, Problems problems) {
    return Texts.text(o, problems);
  }

  /** The ordinal of the constant whose wire name (lower case, hyphens) or constant name is written, or -1. */
  public static int ordinal(SourceNode node, Class<? extends Enum<?>> type, Problems problems) {
    Optional<String> text = SourceObject.asString(node, problems);
    if (text.isEmpty()) {
      return -1;
    }
    int found = ordinalOf(text.get(), type);
    if (found < 0) {
      problems.add("unknown-value", node.location(), "unknown value '" + text.get() + "'", choices(type));
    }
    return found;
  }

  public static int ordinalOf(String text, Class<? extends Enum<?>> type) {
    String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Enum<?> constant : type.getEnumConstants()) {
      if (constant.name().equals(normalised)) {
        return constant.ordinal();
      }
    }
    return -1;
  }

  public static String wireName(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static String choices(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(TableReading::wireName).collect(Collectors.joining(", ", "one of: ", ""));
  }

  /** A string or an array of strings, as nodes. */
  public static List<SourceNode> oneOrMany(SourceNode node, Problems problems) {
    if (node instanceof SourceArray array) {
      if (array.size() == 0) {
        problems.add("empty", node.location(), "the list is empty", "at least one value (leave the property out to mean any)");
      }
      return array.elements();
    }
    if (node instanceof SourceScalar) {
      return List.of(node);
    }
    problems.add("wrong-type", node.location(), "found an " + node.kind(), "a value or a list of values");
    return List.of();
  }

  /** A bit set of the named constants. */
  public static long mask(SourceNode node, Class<? extends Enum<?>> type, Problems problems) {
    long bits = 0;
    for (SourceNode element : oneOrMany(node, problems)) {
      int ordinal = ordinal(element, type, problems);
      if (ordinal >= 0) {
        bits |= 1L << ordinal;
      }
    }
    return bits;
  }

  /** The enum constants named in a list member; missing means none. */
  public static List<Enum<?>> constants(SourceObject parent, String name, Class<? extends Enum<?>> type, Problems problems) {
    List<Enum<?>> out = new ArrayList<>();
    Optional<SourceNode> node = parent.get(name);
    if (node.isEmpty()) {
      return out;
    }
    Enum<?>[] all = type.getEnumConstants();
    for (SourceNode element : oneOrMany(node.get(), problems)) {
      int ordinal = ordinal(element, type, problems);
      if (ordinal >= 0) {
        if (out.contains(all[ordinal])) {
          problems.add("duplicate-value", element.location(), "'" + wireName(all[ordinal]) + "' is listed twice", "each value once");
        } else {
          out.add(all[ordinal]);
        }
      }
    }
    return out;
  }
}
