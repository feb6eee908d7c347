package io.github.trygg.core.changes;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Added, removed or changed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeKind implements Labelled {
  /** Present in the newer version only. */
  ADDED(new LocalizedText("tillkommit", "kommet til", "added")),
  /** Present in the older version only. */
  REMOVED(new LocalizedText("borttaget", "fjernet", "removed")),
  /** Present in both, with a different value. */
  CHANGED(new LocalizedText("ändrat", "endret", "changed"));

  private final LocalizedText label;

  ChangeKind(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
