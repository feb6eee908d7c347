package io.github.trygg.core.changes;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What part of the register or of the work beside it a change is in. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeArea implements Labelled {
  ASSET(new LocalizedText("informationsmängd", "informasjonsmengde", "asset")),
  CLASSIFICATION(new LocalizedText("klassning", "klassifisering", "classification")),
  SYSTEM(new LocalizedText("system", "system", "system")),
  REQUIRED_LEVEL(new LocalizedText("krävd nivå", "påkrevd nivå", "required level")),
  FLOW(new LocalizedText("informationsflöde", "informasjonsflyt", "flow")),
  VENDOR(new LocalizedText("leverantör", "leverandør", "vendor")),
  TRANSFER(new LocalizedText("överföring till tredjeland", "overføring til tredjeland", "third-country transfer")),
  ACTIVITY(new LocalizedText("behandling", "behandling", "processing activity")),
  FINDING(new LocalizedText("fynd", "funn", "finding")),
  RISK(new LocalizedText("risk", "risiko", "risk")),
  ACTION_ITEM(new LocalizedText("åtgärd", "tiltak", "action item")),
  SIGN_OFF(new LocalizedText("godkännande", "godkjenning", "sign-off"));

  private final LocalizedText label;

  ChangeArea(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }
}
