package io.github.trygg.dsr;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One step of an explanation: the rule that applied, the provision behind it with its verification
 * status, and what it did in Swedish, Norwegian bokmål and English. Never carries personal data.
 *
 * @param ruleId the rule that applied
 * @param reference the provision behind it, with its verification status
 * @param text what it did, in words
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Reason(String ruleId, LegalReference reference, LocalizedText text) {
  /**
   * Checks that every part is given.
   *
   * @param ruleId the rule that applied
   * @param reference the provision behind it, with its verification status
   * @param text what it did, in words
   * @throws NullPointerException if a part is missing
   */
  public Reason {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public String toString() {
    return ruleId + ": " + text.en() + " [" + reference + "]";
  }
}
