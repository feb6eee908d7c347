package io.github.trygg.core.message;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * What a scan found, in text order, and the content class it suggests: the highest class of any
 * finding, or {@link ContentClass#NO_PERSONAL_DATA} when nothing was found (which never lowers a
 * declared class).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ContentScan(List<Finding> findings, ContentClass suggested) {
  public ContentScan {
    findings = List.copyOf(findings);
  }

  public static ContentScan of(List<Finding> findings) {
    ContentClass suggested = ContentClass.NO_PERSONAL_DATA;
    for (Finding f : findings) {
      suggested = ContentClass.max(suggested, f.contentClass());
    }
    return new ContentScan(findings, suggested);
  }

  public static ContentScan nothing() {
    return new ContentScan(List.of(), ContentClass.NO_PERSONAL_DATA);
  }

  /** The findings that set the suggested class. */
  public List<Finding> causes() {
    return findings.stream().filter(f -> f.contentClass() == suggested).toList();
  }

  public Set<FindingType> types() {
    Set<FindingType> types = EnumSet.noneOf(FindingType.class);
    for (Finding f : findings) {
      types.add(f.type());
    }
    return types;
  }

  public boolean isEmpty() {
    return findings.isEmpty();
  }

  /** Counts per type only; never the text. */
  @Override
  public String toString() {
    return "ContentScan[" + findings.size() + " findings " + types() + ", suggests " + suggested + "]";
  }
}
