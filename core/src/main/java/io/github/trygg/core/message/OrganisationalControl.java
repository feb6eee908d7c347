package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What the sending organisation has documented or put in place. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OrganisationalControl implements Labelled {
  /** A documented needs-and-risk analysis (behovs- och riskanalys, risikovurdering). */
  RISK_ANALYSIS_DOCUMENTED,
  /** A documented decision to use the exception (HSLF-FS 2016:40 3 kap. 16 §). */
  EXCEPTION_DECISION_DOCUMENTED,
  /** Routines for safe use of the channel are in place. */
  ROUTINES_IN_PLACE,
  /** A documented acceptance of the residual risk by someone entitled to accept it. */
  RISK_ACCEPTANCE_DOCUMENTED;

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case RISK_ANALYSIS_DOCUMENTED -> new LocalizedText("dokumenterad behovs- och riskanalys", "dokumentert risikovurdering", "documented risk analysis");
      case EXCEPTION_DECISION_DOCUMENTED -> new LocalizedText("dokumenterat beslut om undantag", "dokumentert beslutning om unntak", "documented exception decision");
      case ROUTINES_IN_PLACE -> new LocalizedText("rutiner för säker användning", "rutiner for sikker bruk", "routines for safe use");
      case RISK_ACCEPTANCE_DOCUMENTED -> new LocalizedText("dokumenterad acceptans av restrisken", "dokumentert aksept av restrisikoen", "documented acceptance of the residual risk");
    };
  }
}
