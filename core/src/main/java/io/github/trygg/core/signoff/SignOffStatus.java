package io.github.trygg.core.signoff;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Whether a sign-off still covers what it is about. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SignOffStatus implements Labelled {
  /** What was approved is what the register says now. */
  VALID(new LocalizedText("gäller", "gjelder", "valid")),
  /** What was approved has changed since; it must be signed again. */
  NEEDS_RENEWAL(new LocalizedText("behöver förnyas", "må fornyes", "needs renewal")),
  /** The register no longer holds what was approved. */
  SUBJECT_MISSING(new LocalizedText("saknas i registret", "mangler i registeret", "no longer in the register"));

  private final LocalizedText label;

  SignOffStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /** {@return whether the sign-off still holds (only {@link #VALID} does)} */
  public boolean holds() {
    return this == VALID;
  }
}
