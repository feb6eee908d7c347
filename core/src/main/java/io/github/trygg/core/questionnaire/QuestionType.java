package io.github.trygg.core.questionnaire;

import org.apiguardian.api.API;

/** How a question is answered. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum QuestionType {
  /** Exactly one option. */
  SINGLE_CHOICE,
  /** Any number of options, including none. */
  MULTIPLE_CHOICE,
  /** A number of hours, placed in the question's bands. */
  HOURS,
  /** Free text, used only to fill a profile field; it implies nothing. */
  TEXT
}
