package io.github.trygg.core.questionnaire;

import org.apiguardian.api.API;

/** What a questionnaire is for; the engine is the same for all. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuestionnaireKind {
  /** Answers imply minimum consequence levels per aspect of an information asset. */
  CLASSIFICATION,
  /** Questions to a vendor before procurement; answers fill the product profile and raise findings. */
  SUPPLIER_DIALOGUE,
  /** The organisation rates its own information-security work by area; gaps become findings. */
  SELF_ASSESSMENT
}
