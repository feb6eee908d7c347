package io.github.trygg.core.changes;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/** What part of the register or of the work beside it a change is in. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ChangeArea implements Labelled {
  /** An information asset: added, removed or changed. */
  ASSET(new LocalizedText("informationsmängd", "informasjonsmengde", "asset")),
  /** An asset's classification. */
  CLASSIFICATION(new LocalizedText("klassning", "klassifisering", "classification")),
  /** An information system. */
  SYSTEM(new LocalizedText("system", "system", "system")),
  /** A level propagation derives for a system or flow. */
  REQUIRED_LEVEL(new LocalizedText("krävd nivå", "påkrevd nivå", "required level")),
  /** An integration between systems. */
  FLOW(new LocalizedText("informationsflöde", "informasjonsflyt", "flow")),
  /** A vendor or processor. */
  VENDOR(new LocalizedText("leverantör", "leverandør", "vendor")),
  /** A transfer to a third country. */
  TRANSFER(new LocalizedText("överföring till tredjeland", "overføring til tredjeland", "third-country transfer")),
  /** A processing activity. */
  ACTIVITY(new LocalizedText("behandling", "behandling", "processing activity")),
  /** A finding along the integration chain. */
  FINDING(new LocalizedText("fynd", "funn", "finding")),
  /** A risk and its evaluation. */
  RISK(new LocalizedText("risk", "risiko", "risk")),
  /** An item of the action plan. */
  ACTION_ITEM(new LocalizedText("åtgärd", "tiltak", "action item")),
  /** A sign-off and whether it holds. */
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
