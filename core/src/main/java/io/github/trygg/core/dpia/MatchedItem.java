package io.github.trygg.core.dpia;

import io.github.trygg.core.LocalizedText;
import java.util.List;
import org.apiguardian.api.API;

/**
 * An Art. 35(3) case or national list item that matched, with the facts or criteria that made it match.
 *
 * @param item the case or list item
 * @param because the facts or criteria that made it match
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchedItem(ListItem item, List<LocalizedText> because) {
  /**
   * Copies the reasons.
   *
   * @param item the case or list item
   * @param because the facts or criteria that made it match
   */
  public MatchedItem {
    because = List.copyOf(because);
  }
}
