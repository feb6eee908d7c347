package io.github.trygg.dsr.request;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What shows that someone may act for the data subject. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum EvidenceKind implements Labelled {
  /** Custody in the population register (Navet in Sweden, Folkeregisteret in Norway). */
  POPULATION_REGISTER,
  /** An appointment by a court or the chief guardian (god man, förvaltare, verge). */
  GUARDIANSHIP_APPOINTMENT,
  /** A written power of attorney. */
  POWER_OF_ATTORNEY,
  /** Other evidence, found where its reference points. */
  OTHER;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case POPULATION_REGISTER -> new LocalizedText("folkbokföringen", "folkeregisteret", "the population register");
      case GUARDIANSHIP_APPOINTMENT -> new LocalizedText("beslut om förordnande", "vergemålsvedtak", "guardianship appointment");
      case POWER_OF_ATTORNEY -> new LocalizedText("fullmakt", "fullmakt", "power of attorney");
      case OTHER -> new LocalizedText("annat underlag", "annen dokumentasjon", "other evidence");
    };
  }
}
