package io.github.trygg.core;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A text in Swedish, Norwegian bokmål and English.
 *
 * @param sv the Swedish text
 * @param nb the Norwegian bokmål text
 * @param en the English text
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LocalizedText(String sv, String nb, String en) {

  /**
   * Checks that every language is given.
   *
   * @param sv the Swedish text
   * @param nb the Norwegian bokmål text
   * @param en the English text
   * @throws NullPointerException if a text is missing
   */
  public LocalizedText {
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(en, "en");
  }

  /**
   * The text in one language.
   *
   * @param language the language
   * @return the text in it
   */
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
