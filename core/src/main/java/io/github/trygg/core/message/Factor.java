package io.github.trygg.core.message;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An input the matched rule looked at and its value in this context: in wire form for files and
 * machines ({@code channel}, {@code sms}), and in words for readers ("kanal: sms").
 *
 * @param input the input's wire id, such as {@code channel} or {@code contains}
 * @param value its value in wire form, such as {@code sms}
 * @param explanation the input and its value in words, in Swedish, Norwegian bokmål and English
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Factor(String input, String value, LocalizedText explanation) {
  /**
   * Checks that every part is given.
   *
   * @param input the input's wire id, such as {@code channel} or {@code contains}
   * @param value its value in wire form, such as {@code sms}
   * @param explanation the input and its value in words, in Swedish, Norwegian bokmål and English
   * @throws NullPointerException if a part is missing
   */
  public Factor {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * The input and its value in {@code language}, for example "innehåll: känsliga uppgifter".
   *
   * @param language the language of the text
   * @return the explanation, one line per entry
   */
  public String explain(Language language) {
    return explanation.in(language);
  }

  @Override
  public String toString() {
    return input + "=" + value;
  }
}
