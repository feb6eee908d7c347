package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * The sector an activity belongs to, which decides the sector-specific rules that bind it: a
 * health-care provider's regulations (HSLF-FS, Normen) do not bind social services, and the other
 * way round.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Sector implements Labelled {
  /** Health care: vårdgivare, helse- og omsorgstjeneste, including municipal health care. */
  HEALTHCARE(new LocalizedText("hälso- och sjukvård", "helse- og omsorgstjenesten", "health care")),
  /** Social services: socialtjänst, NAV sosial, barnevern. */
  SOCIAL_SERVICES(new LocalizedText("socialtjänst", "sosialtjeneste og barnevern", "social services")),
  /** School and pre-school: skolväsendet, barnehage og skole. */
  SCHOOL(new LocalizedText("skola och förskola", "skole og barnehage", "school and pre-school")),
  /** Anything else, for example a municipality's other services. */
  OTHER(new LocalizedText("annan verksamhet", "annen virksomhet", "other activities"));

  private final LocalizedText label;

  Sector(LocalizedText label) {
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
