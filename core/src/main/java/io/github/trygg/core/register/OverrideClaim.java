package io.github.trygg.core.register;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * What an override claims about the data that reach its target, so the register can be checked
 * against it: an override whose claim the register contradicts is reported and not applied.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum OverrideClaim implements Labelled {
  /** Only pseudonymised data reach the target: no national identity numbers. */
  PSEUDONYMISED_ONLY(new LocalizedText("endast pseudonymiserade uppgifter", "bare pseudonymiserte opplysninger", "pseudonymised data only")),
  /** No personal data reach the target. */
  NO_PERSONAL_DATA(new LocalizedText("inga personuppgifter", "ingen personopplysninger", "no personal data")),
  /** No special-category or criminal-offence data reach the target. */
  NO_SPECIAL_CATEGORY(new LocalizedText("inga känsliga personuppgifter", "ingen sensitive personopplysninger", "no special-category data"));

  private final LocalizedText label;

  OverrideClaim(LocalizedText label) {
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
