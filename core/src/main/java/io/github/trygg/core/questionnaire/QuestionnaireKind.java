package io.github.trygg.core.questionnaire;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What a questionnaire is for; the engine is the same for all. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuestionnaireKind implements Labelled {
  /** Answers imply minimum consequence levels per aspect of an information asset. */
  CLASSIFICATION,
  /** Questions to a vendor before procurement; answers fill the product profile and raise concerns. */
  SUPPLIER_DIALOGUE,
  /** The organisation rates its own information-security work by area; gaps become concerns. */
  SELF_ASSESSMENT;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case CLASSIFICATION -> new LocalizedText("klassning", "klassifisering", "classification");
      case SUPPLIER_DIALOGUE -> new LocalizedText("leverantörsdialog", "leverandørdialog", "supplier dialogue");
      case SELF_ASSESSMENT -> new LocalizedText("självskattning", "egenvurdering", "self-assessment");
    };
  }
}
