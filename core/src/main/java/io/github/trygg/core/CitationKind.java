package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * What a citation is, so a reader can weigh it: a statute binds, guidance explains, a comparable
 * tool only shows how others do it, and Trygg's own choice needs the organisation's review.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CitationKind implements Labelled {
  /** A statute or an EU regulation: GDPR, socialtjänstlagen, personopplysningsloven. */
  STATUTE(new LocalizedText("lag eller EU-förordning", "lov eller EU-forordning", "statute or EU regulation")),
  /** A government ordinance or an agency's regulations in a code of statutes: HSLF-FS, MSBFS, a forskrift. */
  REGULATION(new LocalizedText("förordning eller föreskrift", "forskrift", "ordinance or regulation")),
  /** Preparatory work: a government bill (proposition, prop.), an inquiry (SOU, NOU). */
  PREPARATORY_WORK(new LocalizedText("förarbete", "forarbeid", "preparatory work")),
  /** Guidance from an authority or a sector body: IMY, Socialstyrelsen, Datatilsynet, Digdir, Normen, SKR. */
  GUIDANCE(new LocalizedText("vägledning", "veiledning", "guidance")),
  /** A decision or a judgment: a supervisory decision, a JO decision, a board's or court's ruling. */
  DECISION(new LocalizedText("beslut eller avgörande", "vedtak eller avgjørelse", "decision or case")),
  /** A standard or method: ISO/IEC, BSI IT-Grundschutz, NS. */
  STANDARD(new LocalizedText("standard eller metod", "standard eller metode", "standard or method")),
  /** How a comparable tool does it (Threagile, CISO Assistant, pytm): an example, not a source of law. */
  REFERENCE_TOOL(new LocalizedText("jämförbart verktyg", "sammenlignbart verktøy", "comparable tool")),
  /** A choice Trygg makes where the sources are silent; it needs the organisation's own review. */
  TRYGG_POLICY(new LocalizedText("Tryggs eget val", "Tryggs eget valg", "Trygg's own choice"));

  private final LocalizedText label;

  CitationKind(LocalizedText label) {
    this.label = label;
  }

  @Override
  public LocalizedText label() {
    return label;
  }

  public String label(Language language) {
    return label.in(language);
  }

  /**
   * Binding law: a statute or a regulation.
   *
   * @return whether the kind is binding law
   */
  public boolean binding() {
    return this == STATUTE || this == REGULATION;
  }
}
