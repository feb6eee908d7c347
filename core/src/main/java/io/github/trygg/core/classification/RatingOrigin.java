package io.github.trygg.core.classification;

import org.apiguardian.api.API;

/** Where a rating came from. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RatingOrigin {
  /** Set by a person's assessment (directly or through a questionnaire). */
  ASSESSED,
  /** Computed from other ratings, for example along an integration chain. */
  DERIVED,
  /** Set by a documented override, with reason, approver and evidence. */
  OVERRIDDEN
}
