package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Why a task exists. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskKind implements Labelled {
  /** A system or processor that holds data on the subject must act. */
  FULFIL(new LocalizedText("utföra", "utføre", "fulfil")),
  /** A recipient must be told of a rectification, erasure or restriction (GDPR Art. 19). */
  NOTIFY_RECIPIENT(new LocalizedText("underrätta mottagare (art. 19)", "varsle mottaker (art. 19)", "notify recipient (Art. 19)"));

  private final LocalizedText label;

  TaskKind(LocalizedText label) {
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
