package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** How a data-subject-rights task reaches the people or system that carry it out. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DsrChannel implements Labelled {
  /** A programmatic interface of the system. */
  API(new LocalizedText("API", "API", "API")),
  /** A call to the vendor's webhook. */
  WEBHOOK(new LocalizedText("webhook", "webhook", "webhook")),
  /** An e-mail to a named mailbox. */
  EMAIL(new LocalizedText("e-post", "e-post", "e-mail")),
  /** A person does it by hand and confirms. */
  MANUAL(new LocalizedText("manuellt", "manuelt", "by hand")),
  /** A ticket in the vendor's or the organisation's service desk. */
  TICKET(new LocalizedText("ärende i kundtjänst", "sak hos brukerstøtte", "service-desk ticket"));

  private final LocalizedText label;

  DsrChannel(LocalizedText label) {
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
