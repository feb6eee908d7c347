package io.github.trygg.core.changes;

import io.github.trygg.core.Language;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Every change between two versions, area by area in the order of {@link ChangeArea}.
 *
 * @param changes the changes, area by area
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ChangeList(List<Change> changes) {
  /**
   * Copies the changes.
   *
   * @param changes the changes, area by area
   */
  public ChangeList {
    changes = List.copyOf(changes);
  }

  /** {@return whether nothing changed} */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes in one area.
   *
   * @param area the area
   * @return its changes, in order
   */
  public List<Change> in(ChangeArea area) {
    return changes.stream().filter(c -> c.area() == area).toList();
  }

  /**
   * One line per change.
   *
   * @param language the language of the lines
   * @return the lines
   */
  public List<String> explain(Language language) {
    return changes.stream().map(c -> c.describe(language)).toList();
  }
}
