package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * How sure the library is of a legal or factual statement it relies on, as recorded in the data that
 * carries the statement. Decisions show it next to their citation, so nothing unverified is
 * presented as certain. It says how the statement was checked, not whether the source binds: that
 * is the citation's {@link CitationKind}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum VerificationStatus implements Labelled {
  /** Read in the primary source (the statute, regulation or the authority's own page). */
  VERIFIED(new LocalizedText("läst i källan", "lest i kilden", "read in the source")),
  /** Read in a secondary source that quotes or summarises the primary one. */
  SECONDARY(new LocalizedText("läst i andrahandskälla", "lest i annenhåndskilde", "read in a secondary source")),
  /** Not verified; a reasoned interpretation or design decision that needs legal review. */
  UNVERIFIED(new LocalizedText("inte kontrollerad", "ikke kontrollert", "not checked"));

  private final LocalizedText label;

  VerificationStatus(LocalizedText label) {
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
