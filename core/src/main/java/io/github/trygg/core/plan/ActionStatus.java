package io.github.trygg.core.plan;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where an action item stands, as the person responsible records it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ActionStatus implements Labelled {
  /** Not started. */
  OPEN(new LocalizedText("öppen", "åpen", "open")),
  /** Under way. */
  IN_PROGRESS(new LocalizedText("pågår", "pågår", "in progress")),
  /** Done; needs evidence. */
  DONE(new LocalizedText("klar", "utført", "done")),
  /** Left as it is by decision; needs a reason and who approved it. */
  ACCEPTED_AS_IS(new LocalizedText("accepterad som den är", "akseptert som den er", "accepted as is"));

  private final LocalizedText label;

  ActionStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /**
   * Open or in progress: still work to do.
   *
   * @return whether there is still work to do
   */
  public boolean isOpen() {
    return this == OPEN || this == IN_PROGRESS;
  }
}
