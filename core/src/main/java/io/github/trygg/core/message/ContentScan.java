package io.github.trygg.core.message;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a scan found, in text order, and the content class it suggests: the highest class of any
 * hit, or {@link ContentClass#NO_PERSONAL_DATA} when nothing was found (which never lowers a
 * declared class).
 *
 * @param hits the hits in text order (copied)
 * @param suggested the content class the hits suggest
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContentScan(List<ContentHit> hits, ContentClass suggested) {
  /**
   * Copies the hits.
   *
   * @param hits the hits in text order (copied)
   * @param suggested the content class the hits suggest
   */
  public ContentScan {
    hits = List.copyOf(hits);
  }

  /**
   * A scan with these hits, suggesting the highest content class among them.
   *
   * @param hits the hits, in text order
   * @return the scan
   */
  public static ContentScan of(List<ContentHit> hits) {
    ContentClass suggested = ContentClass.NO_PERSONAL_DATA;
    for (ContentHit f : hits) {
      suggested = ContentClass.max(suggested, f.contentClass());
    }
    return new ContentScan(hits, suggested);
  }

  /**
   * A scan that found nothing; it suggests {@link ContentClass#NO_PERSONAL_DATA}.
   *
   * @return the empty scan
   */
  public static ContentScan nothing() {
    return new ContentScan(List.of(), ContentClass.NO_PERSONAL_DATA);
  }

  /**
   * The hits that set the suggested class: those whose content class equals {@link #suggested()}.
   *
   * @return those hits, in text order
   */
  public List<ContentHit> causes() {
    return hits.stream().filter(f -> f.contentClass() == suggested).toList();
  }

  /**
   * The kinds of content the scan found, each once.
   *
   * @return the kinds, in declaration order of {@link ContentHitKind}
   */
  public Set<ContentHitKind> kinds() {
    Set<ContentHitKind> kinds = EnumSet.noneOf(ContentHitKind.class);
    for (ContentHit f : hits) {
      kinds.add(f.kind());
    }
    return kinds;
  }

  /**
   * Whether the scan found nothing.
   *
   * @return {@code true} when there are no hits
   */
  public boolean isEmpty() {
    return hits.isEmpty();
  }

  /** {@return counts per kind only; never the text} */
  @Override
  public String toString() {
    return "ContentScan[" + hits.size() + " hits " + kinds() + ", suggests " + suggested + "]";
  }
}
