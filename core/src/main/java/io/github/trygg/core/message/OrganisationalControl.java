package io.github.trygg.core.message;

import org.apiguardian.api.API;

/** What the sending organisation has documented or put in place. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OrganisationalControl {
  /** A documented needs-and-risk analysis (behovs- och riskanalys, risikovurdering). */
  RISK_ANALYSIS_DOCUMENTED,
  /** A documented decision to use the exception (HSLF-FS 2016:40 3 kap. 16 §). */
  EXCEPTION_DECISION_DOCUMENTED,
  /** Routines for safe use of the channel are in place. */
  ROUTINES_IN_PLACE,
  /** A documented acceptance of the residual risk by someone entitled to accept it. */
  RISK_ACCEPTANCE_DOCUMENTED
}
