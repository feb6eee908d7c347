package io.github.trygg.core.dpia;

import org.apiguardian.api.API;

/** The screening's answer, strongest first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DpiaOutcome {
  /** A GDPR Art. 35(3) case applies: a DPIA is required whatever else holds. */
  REQUIRED,
  /** The supervisory authority's Art. 35(4) list covers the processing. */
  REQUIRED_BY_LIST,
  /** Two or more WP248 criteria: in most cases a DPIA is required. */
  LIKELY_REQUIRED,
  /** One criterion: consider a DPIA and document why if none is done. */
  CONSIDER,
  /** No criterion: not required; the screening itself is the documentation. */
  NOT_REQUIRED;

  /** A DPIA is to be carried out. */
  public boolean dpiaExpected() {
    return this == REQUIRED || this == REQUIRED_BY_LIST || this == LIKELY_REQUIRED;
  }
}
