package io.github.trygg.core;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The languages every label and explanation is available in. The caller chooses.
 *
 * <p>Held stable: every {@code label(Language)} and {@code explain(Language)} takes it; a new
 * language is added as a constant, which keeps existing callers working.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Language {
  /** Swedish ({@code sv}). */
  SWEDISH(Locale.forLanguageTag("sv")),
  /** Norwegian bokmål ({@code nb}). */
  NORWEGIAN_BOKMAL(Locale.forLanguageTag("nb")),
  /** English ({@code en}). */
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /** {@return the locale of the language, for formatting dates and numbers} */
  public Locale locale() {
    return locale;
  }

  /** {@return {@code sv}, {@code nb} or {@code en}} */
  public String tag() {
    return locale.getLanguage();
  }

  /**
   * Reads {@code sv}, {@code nb} (also {@code no}) or {@code en}.
   *
   * @param tag a language tag: {@code sv}, {@code nb} or {@code en}
   * @return the language
   */
  public static Language fromTag(String tag) {
    switch (tag.toLowerCase(Locale.ROOT)) {
      case "sv":
        return SWEDISH;
      case "nb":
      case "no":
        return NORWEGIAN_BOKMAL;
      case "en":
        return ENGLISH;
      default:
        throw new IllegalArgumentException("unknown language tag; expected sv, nb or en");
    }
  }
}
