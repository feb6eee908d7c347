package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** Who receives the message. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecipientKind implements Labelled {
  /** A person: a patient, client or relative. */
  INDIVIDUAL,
  /** Another organisation: an authority, a care provider, a business. */
  ORGANISATION;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case INDIVIDUAL -> new LocalizedText("enskild person", "enkeltperson", "individual");
      case ORGANISATION -> new LocalizedText("organisation", "virksomhet", "organisation");
    };
  }
}
