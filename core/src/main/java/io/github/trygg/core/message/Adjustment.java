package io.github.trygg.core.message;

import io.github.trygg.core.LocalizedText;
import org.apiguardian.api.API;

/**
 * Something the engine did to the inputs before or after matching, with why.
 *
 * @param detail the values involved in wire form, for example {@code personal-data -> sensitive}
 * @param explanation why, with the values involved in words
 * @param kind what kind of change was made
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Adjustment(Kind kind, String detail, LocalizedText explanation) {

  /** What kind of change was made. */
  public enum Kind {
    /** Detection found content above the declared class; the effective class is the higher. */
    CONTENT_RAISED_BY_DETECTION,
    /** A content floor of the table raised the class (for example: a barnevern relationship is itself confidential). */
    CONTENT_RAISED_BY_TABLE,
    /** Consent was recorded, but not for this channel or purpose. */
    CONSENT_DOES_NOT_COVER,
    /** Consent was recorded and played no part: it cannot waive a security measure. */
    CONSENT_CANNOT_WAIVE
  }
}
