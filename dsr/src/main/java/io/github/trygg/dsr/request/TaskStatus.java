package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Where one system's part of a request is; see {@link Lifecycle} for the transitions allowed. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum TaskStatus implements Labelled {
  /** Planned, not yet sent to the system. */
  PENDING(new LocalizedText("väntar", "venter", "pending")),
  /** Sent to the system, not yet acknowledged. */
  SENT(new LocalizedText("skickad", "sendt", "sent")),
  /** The system confirmed that it received the task. */
  ACKNOWLEDGED(new LocalizedText("mottagen", "mottatt", "acknowledged")),
  /** The system is working on it. */
  IN_PROGRESS(new LocalizedText("pågår", "pågår", "in progress")),
  /** Done, with an outcome. */
  DONE(new LocalizedText("klar", "utført", "done")),
  /** The system holds nothing on the subject; a success, also for erasure. */
  NO_DATA(new LocalizedText("inga uppgifter om personen", "ingen opplysninger om personen", "no data on the subject")),
  /** Failed and may be retried (back to PENDING). */
  FAILED(new LocalizedText("misslyckades", "mislyktes", "failed")),
  /** Out of scope, with a reason. */
  SKIPPED(new LocalizedText("gäller inte", "gjelder ikke", "not applicable")),
  /** Cancelled with its request. */
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

  /** {@return whether nothing follows this status: done, no data, skipped or cancelled} */
  public boolean isTerminal() {
    return this == DONE || this == NO_DATA || this == SKIPPED || this == CANCELLED;
  }
}
