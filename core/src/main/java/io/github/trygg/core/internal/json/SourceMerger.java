package io.github.trygg.core.internal.json;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Merges the same entry described in two files: objects member by member, arrays as a union in
 * order of first appearance, scalars only when equal — two different values are a conflict,
 * reported with both locations, and the first value is kept.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class SourceMerger {
  private SourceMerger() {}

  public static SourceNode merge(SourceNode first, SourceNode second, String what, Problems problems) {
    if (first instanceof SourceObject a && second instanceof SourceObject b) {
      Map<String, SourceNode> members = new LinkedHashMap<>(a.members());
      for (Map.Entry<String, SourceNode> e : b.members().entrySet()) {
        SourceNode existing = members.get(e.getKey());
        members.put(e.getKey(), existing == null ? e.getValue() : merge(existing, e.getValue(), what + "." + e.getKey(), problems));
      }
      return SourceObject.of(a.location(), members);
    }
    if (first instanceof SourceArray a && second instanceof SourceArray b) {
      List<SourceNode> union = new ArrayList<>(a.elements());
      for (SourceNode candidate : b.elements()) {
        if (union.stream().noneMatch(existing -> sameValue(existing, candidate))) {
          union.add(candidate);
        }
      }
      return SourceArray.of(a.location(), union);
    }
    if (!sameValue(first, second)) {
      // Neither value is shown: either could be personal data. Both places are.
      problems.add(
          "conflict",
          second.location(),
          first.kind().equals(second.kind())
              ? what + " here differs from its value in " + first.location()
              : what + " is " + describe(second) + " here but " + describe(first) + " in " + first.location(),
          "the same value in every file, or the value in one file only");
    }
    return first;
  }

  /** Structural equality, ignoring locations. */
  public static boolean sameValue(SourceNode a, @Nullable SourceNode b) {
    if (a instanceof SourceScalar x && b instanceof SourceScalar y) {
      return x.type() == y.type() && x.text().equals(y.text());
    }
    if (a instanceof SourceArray x && b instanceof SourceArray y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!sameValue(x.elements().get(i), y.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof SourceObject x && b instanceof SourceObject y) {
      if (!x.members().keySet().equals(y.members().keySet())) {
        return false;
      }
      return x.members().entrySet().stream().allMatch(e -> sameValue(e.getValue(), y.members().get(e.getKey())));
    }
    return false;
  }

  private static String describe(SourceNode node) {
    if (node instanceof SourceScalar s) {
      return "a " + s.kind();
    }
    return node.kind().equals("array") ? "an array" : "an object";
  }

}
