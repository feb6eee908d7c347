package io.github.trygg.core.internal.message;

import io.github.trygg.core.LocalizedText;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/** A loaded, validated decision table. The last rule matches everything. */
@API(status = API.Status.INTERNAL, since = "0.1")
public record RuleTable(
    String id,
    String version,
    LocalizedText description,
    Map<String, LocalizedText> notes,
    Map<Enum<?>, LocalizedText> measureTexts,
    List<ContentFloor> floors,
    List<CompiledRule> rules) {

  /** Applies every floor whose condition holds; returns the raised inputs. */
  public Inputs applyFloors(Inputs in, List<ContentFloor> applied) {
    Inputs current = in;
    for (ContentFloor floor : floors) {
      if (floor.raiseTo() > current.content() && floor.when().test(current)) {
        current = current.withContent(floor.raiseTo());
        applied.add(floor);
      }
    }
    return current;
  }

  /** The index of the first rule that matches; the table guarantees there is one. */
  public int firstMatch(Inputs in) {
    List<CompiledRule> all = rules;
    for (int i = 0, n = all.size(); i < n; i++) {
      if (all.get(i).when().test(in)) {
        return i;
      }
    }
    throw new IllegalStateException("the table has no catch-all rule");
  }
}
