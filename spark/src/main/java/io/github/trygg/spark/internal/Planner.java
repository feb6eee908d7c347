package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.core.InvalidInputException;
import io.github.trygg.core.Location;
import io.github.trygg.core.Problem;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.RecordValues;
import io.github.trygg.crypto.record.UnlistedFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Turns a policy and a schema into column expressions, once, on the driver. Rules are found with
 * {@link RecordValues#at} — the JSON run's matching — for each place in the schema: struct members
 * by name, array elements as {@code *}. A leaf under a pseudonymise or generalise rule becomes a
 * call of the rule's function on its text; structs and arrays are rebuilt around what changed.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Planner {
  /** What the plan does with the rules. */
  public enum Mode {
    /** Apply every rule; unlisted leaves follow the policy. */
    PSEUDONYMISE,
    /** Reverse the reversible pseudonymise rules; leave everything else as it is. */
    REIDENTIFY
  }

  /** What became of a top-level column, for the report. */
  public enum Fate {
    RULE_KEPT,
    RULE_DROPPED,
    UNLISTED_KEPT,
    UNLISTED_DROPPED,
    CHANGED
  }

  private final RecordValues values;
  private final Mode mode;
  private final String source;
  private final BiFunction<RecordValues.Field, String, LeafCall> leaf;
  private final List<String[]> pointers = new ArrayList<>();
  private final Set<String> matched = new LinkedHashSet<>();
  private final Map<String, Fate> topLevel = new LinkedHashMap<>();
  private final Map<String, String> topLevelLabels = new LinkedHashMap<>();
  private final Set<FieldRule> reversed = new LinkedHashSet<>();

  /** Makes the call of a rule's function; given the rule's field and the place's pointer. */
  @FunctionalInterface
  public interface LeafCall {
    Column apply(Column text);
  }

  public Planner(RecordValues values, Mode mode, String source, BiFunction<RecordValues.Field, String, LeafCall> leaf) {
    this.values = values;
    this.mode = mode;
    this.source = source;
    this.leaf = leaf;
    for (FieldRule rule : values.policy().fields()) {
      rule.pointer().ifPresent(p -> pointers.add(segments(p)));
    }
  }

  /** A node of the plan: its column, or null when it is left out; whether it differs from the input. */
  private record Node(@Nullable Column column, boolean changed) {
    static final Node DROPPED = new Node(null, true);

    static Node same(Column c) {
      return new Node(c, false);
    }
  }

  /**
   * The select list for a Dataset of this schema.
   *
   * @param columns the top-level column of each name
   * @throws InvalidInputException naming the place, when a rule cannot apply to the schema
   */
  public List<Column> plan(StructType schema, java.util.function.Function<String, Column> columns) {
    List<Column> out = new ArrayList<>();
    for (StructField f : schema.fields()) {
      List<String> path = List.of(f.name());
      Column c = columns.apply(f.name());
      Optional<RecordValues.Field> rule = values.at(path);
      Node n = node(c, f.dataType(), path);
      Fate fate;
      if (rule.isPresent()) {
        topLevelLabels.put(f.name(), rule.get().rule().label());
        fate = rule.get().drops() && mode == Mode.PSEUDONYMISE ? Fate.RULE_DROPPED : rule.get().keeps() ? Fate.RULE_KEPT : Fate.CHANGED;
      } else if (n.column == null) {
        fate = Fate.UNLISTED_DROPPED;
      } else {
        fate = isLeaf(f.dataType()) ? Fate.UNLISTED_KEPT : Fate.CHANGED;
      }
      topLevel.put(f.name(), fate);
      if (n.column != null) {
        out.add(n.changed ? n.column.as(f.name()) : c);
      }
    }
    return out;
  }

  /** The labels of rules that matched no place in the schema, pointers first as the CSV report has them. */
  public List<String> unmatched() {
    List<String> out = new ArrayList<>();
    for (FieldRule rule : values.policy().fields()) {
      if (rule.pointer().isPresent() && !matched.contains(rule.label())) {
        out.add(rule.label());
      }
    }
    values.policy().fields().stream().filter(r -> r.field().isPresent() && !matched.contains(r.label())).map(FieldRule::label).sorted().forEach(out::add);
    return out;
  }

  /** What became of each top-level column, in schema order. */
  public Map<String, Fate> topLevel() {
    return topLevel;
  }

  /** The label of the rule that decided a top-level column, if one did. */
  public Optional<String> topLevelRule(String column) {
    return Optional.ofNullable(topLevelLabels.get(column));
  }

  /** The reversible rules the plan reverses (re-identification only). */
  public Set<FieldRule> reversed() {
    return reversed;
  }

  private Node node(Column c, DataType type, List<String> path) {
    Optional<RecordValues.Field> rule = values.at(path);
    if (rule.isPresent()) {
      return ruled(c, type, path, rule.get());
    }
    return unruled(c, type, path);
  }

  private Node ruled(Column c, DataType type, List<String> path, RecordValues.Field field) {
    FieldRule rule = field.rule();
    matched.add(rule.label());
    if (field.drops()) {
      return mode == Mode.PSEUDONYMISE ? Node.DROPPED : Node.same(c);
    }
    if (field.keeps()) {
      return Node.same(c);
    }
    if (mode == Mode.REIDENTIFY && !(rule.action() instanceof FieldAction.Pseudonymise p && p.technique().reversible())) {
      return Node.same(c);
    }
    if (type instanceof StructType || type instanceof MapType) {
      throw new InvalidInputException(new Problem("policy-object", Location.of(source, pointer(path)),
          "field '" + rule.label() + "' holds an object, which cannot be " + (rule.action() instanceof FieldAction.Generalise ? "generalised" : "pseudonymised"),
          "a rule for the object's members"));
    }
    if (type instanceof ArrayType a) {
      return elements(c, a, path);
    }
    if (mode == Mode.REIDENTIFY) {
      reversed.add(rule);
    }
    Column text = type.equals(DataTypes.StringType) ? c : c.cast(DataTypes.StringType);
    return new Node(leaf.apply(field, pointer(path)).apply(text), true);
  }

  private Node unruled(Column c, DataType type, List<String> path) {
    if (type instanceof StructType s) {
      List<Column> members = new ArrayList<>();
      boolean changed = false;
      for (StructField f : s.fields()) {
        Node n = node(c.getField(f.name()), f.dataType(), append(path, f.name()));
        changed |= n.changed;
        if (n.column != null) {
          members.add(n.column.as(f.name()));
        }
      }
      if (!changed) {
        return Node.same(c);
      }
      if (members.isEmpty()) {
        return Node.DROPPED; // Parquet cannot hold an empty group
      }
      return new Node(functions.when(c.isNull(), functions.lit(null)).otherwise(functions.struct(members.toArray(Column[]::new))), true);
    }
    if (type instanceof ArrayType a) {
      return elements(c, a, path);
    }
    if (type instanceof MapType) {
      if (mode == Mode.REIDENTIFY) {
        return Node.same(c);
      }
      throw new InvalidInputException(new Problem("spark-map-column", Location.of(source, pointer(path)),
          "a map column's keys are known only when the data are read, so its values cannot be matched to rules",
          "a keep or drop rule for the whole map, or a struct instead of a map"));
    }
    if (mode == Mode.PSEUDONYMISE && values.policy().unlisted() == UnlistedFields.DROP) {
      return Node.DROPPED;
    }
    return Node.same(c);
  }

  private Node elements(Column c, ArrayType a, List<String> path) {
    refuseIndexPointers(path);
    List<String> element = append(path, RecordValues.ELEMENT);
    Node[] inner = new Node[1];
    Column transformed = functions.transform(c, x -> {
      Node n = node(x, a.elementType(), element);
      inner[0] = n;
      return n.column != null ? n.column : x;
    });
    Node n = inner[0];
    if (n == null) {
      throw new IllegalStateException("the element plan was not built");
    }
    if (n.column == null) {
      return new Node(functions.filter(c, x -> functions.lit(false)), true); // JSON leaves an array whose elements are dropped empty
    }
    return n.changed ? new Node(transformed, true) : Node.same(c);
  }

  /** A pointer that names one index of this array cannot be applied element by element alike. */
  private void refuseIndexPointers(List<String> arrayPath) {
    int at = arrayPath.size();
    for (String[] p : pointers) {
      if (p.length <= at || p[at].equals(RecordValues.ELEMENT) || !p[at].chars().allMatch(Character::isDigit)) {
        continue;
      }
      boolean prefix = true;
      for (int i = 0; i < at && prefix; i++) {
        prefix = p[i].equals(RecordValues.ELEMENT) || p[i].equals(arrayPath.get(i));
      }
      if (prefix) {
        String pointer = "/" + String.join("/", p);
        throw new InvalidInputException(new Problem("spark-array-index", Location.of(source, pointer(arrayPath)),
            "pointer '" + pointer + "' names one element of an array; a Dataset applies a rule to every element alike",
            "'*' for the elements of " + pointer(arrayPath)));
      }
    }
  }

  private static boolean isLeaf(DataType t) {
    return !(t instanceof StructType || t instanceof ArrayType || t instanceof MapType);
  }

  private static List<String> append(List<String> path, String segment) {
    List<String> out = new ArrayList<>(path.size() + 1);
    out.addAll(path);
    out.add(segment);
    return out;
  }

  static String pointer(List<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String s : path) {
      sb.append('/').append(s.replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  private static String[] segments(String pointer) {
    String[] parts = pointer.substring(1).split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].replace("~1", "/").replace("~0", "~");
    }
    return parts;
  }
}
