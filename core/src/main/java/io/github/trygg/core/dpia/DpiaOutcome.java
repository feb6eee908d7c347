package io.github.trygg.core.dpia;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** The screening's answer, strongest first. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum DpiaOutcome implements Labelled {
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

  /**
   * A DPIA is to be carried out.
   *
   * @return whether the outcome calls for a DPIA
   */
  public boolean dpiaExpected() {
    return this == REQUIRED || this == REQUIRED_BY_LIST || this == LIKELY_REQUIRED;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      // The supervisory authorities' own words: IMY's "konsekvensbedömning", Datatilsynet's "vurdering av personvernkonsekvenser".
      case REQUIRED -> new LocalizedText("konsekvensbedömning krävs", "vurdering av personvernkonsekvenser kreves", "DPIA required");
      case REQUIRED_BY_LIST -> new LocalizedText("konsekvensbedömning krävs enligt tillsynsmyndighetens förteckning",
          "vurdering av personvernkonsekvenser kreves etter tilsynsmyndighetens liste", "DPIA required by the authority's list");
      case LIKELY_REQUIRED -> new LocalizedText("konsekvensbedömning krävs sannolikt", "vurdering av personvernkonsekvenser kreves sannsynligvis",
          "DPIA likely required");
      case CONSIDER -> new LocalizedText("överväg en konsekvensbedömning", "vurder om det bør gjøres en vurdering av personvernkonsekvenser", "consider a DPIA");
      case NOT_REQUIRED -> new LocalizedText("konsekvensbedömning krävs inte", "vurdering av personvernkonsekvenser kreves ikke", "DPIA not required");
    };
  }
}
