package io.github.trygg.core.message;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * How sensitive a message's content is. Ordered: the effective class of a message is the highest of
 * what the caller declares and what detection finds, so a caller can raise it but never lower it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ContentClass implements Labelled {
  /** Nothing about an identifiable person: the text "tål andras ögon". */
  NO_PERSONAL_DATA,
  /** Personal data that is not sensitive: a name, a time, "please call us". */
  PERSONAL_DATA,
  /**
   * Special categories (GDPR Art. 9, health among them) and integrity-sensitive data such as a
   * personnummer or fødselsnummer.
   */
  SENSITIVE,
  /**
   * Covered by secrecy or a duty of confidentiality (OSL, taushetsplikt), including the bare fact
   * of a care or social-services relationship.
   */
  SECRECY_PROTECTED;

  /**
   * The higher of two classes.
   *
   * @param a one class
   * @param b another
   * @return the higher, {@code a} when equal
   */
  public static ContentClass max(ContentClass a, ContentClass b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /**
   * Whether this class is {@code other} or higher.
   *
   * @param other the class to compare with
   * @return whether this is at least as sensitive
   */
  public boolean isAtLeast(ContentClass other) {
    return compareTo(other) >= 0;
  }

  /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
  @Override
  public LocalizedText label() {
    return switch (this) {
      case NO_PERSONAL_DATA -> new LocalizedText("inga personuppgifter", "ingen personopplysninger", "no personal data");
      case PERSONAL_DATA -> new LocalizedText("personuppgifter", "personopplysninger", "personal data");
      case SENSITIVE -> new LocalizedText("känsliga uppgifter", "sensitive opplysninger", "sensitive data");
      case SECRECY_PROTECTED -> new LocalizedText("sekretessbelagda uppgifter", "taushetsbelagte opplysninger", "secrecy-protected data");
    };
  }
}
