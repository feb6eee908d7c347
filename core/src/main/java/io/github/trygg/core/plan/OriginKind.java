package io.github.trygg.core.plan;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * Where an action item comes from. Findings of every kind — propagation checks, consistency checks,
 * and whatever check is added later — share {@link #FINDING}; the finding's own kind is the item's
 * rule, so a new kind of finding needs no new constant here.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OriginKind implements Labelled {
  /** A requirement not fully met. */
  REQUIREMENT_GAP(new LocalizedText("kravgap", "kravgap", "requirement gap")),
  /** A measure that treats a risk. */
  RISK_TREATMENT(new LocalizedText("riskbehandling", "risikobehandling", "risk treatment")),
  /** A finding along the integration chain. */
  FINDING(new LocalizedText("fynd i kedjan", "funn", "finding")),
  /** A DPIA that is missing, incomplete or due. */
  DPIA(new LocalizedText("konsekvensbedömning (DPIA)", "personvernkonsekvensvurdering (DPIA)", "DPIA")),
  /** A register entry whose review is overdue. */
  REVIEW(new LocalizedText("översyn", "gjennomgang", "review")),
  /** Written by a person, not produced by an analysis: a merge never touches it. */
  MANUAL(new LocalizedText("egen åtgärd", "egen oppgave", "own action"));

  private final LocalizedText label;

  OriginKind(LocalizedText label) {
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
