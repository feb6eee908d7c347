package io.github.trygg.core;

import org.apiguardian.api.API;

/**
 * A value a person reads: an enum constant or a code with its name in Swedish, Norwegian bokmål
 * and English. Output shows {@link #label(Language)}, never the constant's name or its wire id:
 * those are for files.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Labelled {
  /** {@return the name in every language} */
  LocalizedText label();

  /**
   * The name in {@code language}.
   *
   * @param language the reader's language
   * @return the name in it
   */
  default String label(Language language) {
    return label().in(language);
  }
}
