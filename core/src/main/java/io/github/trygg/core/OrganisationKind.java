package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * What kind of organisation acts, which decides whether public-sector law binds it: archive law,
 * the principle of public access and secrecy law (OSL, offentleglova) bind public authorities, not
 * a private company that runs a service for them.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OrganisationKind implements Labelled {
  /** A municipality, region or state agency and the committees (nämnder) within it. */
  PUBLIC_AUTHORITY(new LocalizedText("offentlig myndighet", "offentlig myndighet", "public authority")),
  /** A private company, foundation or association, also one that provides public services under contract. */
  PRIVATE(new LocalizedText("privat verksamhet", "privat virksomhet", "private organisation"));

  private final LocalizedText label;

  OrganisationKind(LocalizedText label) {
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
