package io.github.trygg.core;

import java.util.Objects;
import org.apiguardian.api.API;

/** A text in Swedish, Norwegian bokmål and English. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LocalizedText(String sv, String nb, String en) {

  public LocalizedText {
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
  }

  public String in(Language language) {
    switch (language) {
      case SWEDISH:
        return sv;
      case NORWEGIAN_BOKMAL:
        return nb;
      default:
        return en;
    }
  }

  @Override
  public String toString() {
    return en;
  }
}
