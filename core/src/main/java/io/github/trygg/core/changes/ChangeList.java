package io.github.trygg.core.changes;

import io.github.trygg.core.Language;
import java.util.List;
import org.apiguardian.api.API;

/** Every change between two versions, area by area in the order of {@link ChangeArea}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChangeList(List<Change> changes) {
  public ChangeList {
    changes = List.copyOf(changes);
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public List<Change> in(ChangeArea area) {
    return changes.stream().filter(c -> c.area() == area).toList();
  }

  /** One line per change. */
  public List<String> explain(Language language) {
    return changes.stream().map(c -> c.describe(language)).toList();
  }
}
