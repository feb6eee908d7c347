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
  SWEDISH(Locale.forLanguageTag("sv")),
  NORWEGIAN_BOKMAL(Locale.forLanguageTag("nb")),
  ENGLISH(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** {@code sv}, {@code nb} or {@code en}. */
  public String tag() {
    return locale.getLanguage();
  }

  /** Reads {@code sv}, {@code nb} (also {@code no}) or {@code en}. */
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
