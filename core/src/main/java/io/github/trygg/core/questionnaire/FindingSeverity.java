package io.github.trygg.core.questionnaire;

import org.apiguardian.api.API;

/** How much a finding matters; ordered, highest last. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FindingSeverity {
  LOW,
  MEDIUM,
  HIGH
}
