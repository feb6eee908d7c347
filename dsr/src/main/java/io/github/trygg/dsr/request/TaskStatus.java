package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where one system's part of a request is; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskStatus implements Labelled {
  PENDING(new LocalizedText("väntar", "venter", "pending")),
  SENT(new LocalizedText("skickad", "sendt", "sent")),
  ACKNOWLEDGED(new LocalizedText("mottagen", "mottatt", "acknowledged")),
  IN_PROGRESS(new LocalizedText("pågår", "pågår", "in progress")),
  DONE(new LocalizedText("klar", "utført", "done")),
  /** The system holds nothing on the subject; a success, also for erasure. */
  NO_DATA(new LocalizedText("inga uppgifter om personen", "ingen opplysninger om personen", "no data on the subject")),
  /** Failed and may be retried (back to PENDING). */
  FAILED(new LocalizedText("misslyckades", "mislyktes", "failed")),
  /** Out of scope, with a reason. */
  SKIPPED(new LocalizedText("gäller inte", "gjelder ikke", "not applicable")),
  CANCELLED(new LocalizedText("avbruten", "avbrutt", "cancelled"));

  private final LocalizedText label;

  TaskStatus(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  public boolean isTerminal() {
    return this == DONE || this == NO_DATA || this == SKIPPED || this == CANCELLED;
  }
}
