package io.github.trygg.crypto.record;

import java.util.Map;
import org.apiguardian.api.API;

/**
 * What happened to one field's values in a run.
 *
 * @param pseudonymised values replaced by a pseudonym
 * @param generalised values replaced by a coarser one
 * @param kept values passed through
 * @param dropped values left out
 * @param empty empty values, passed through as they were
 * @param invalid values the rule could not take ({@link InvalidValues#OPAQUE}: made opaque or emptied)
 * @param invalidByCode invalid values by problem code, such as {@code identity-number-bad-check-digit}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FieldCounts(long pseudonymised, long generalised, long kept, long dropped, long empty, long invalid, Map<String, Long> invalidByCode) {
  /**
   * Copies the counts by code.
   *
   * @param pseudonymised values replaced by a pseudonym
   * @param generalised values replaced by a coarser one
   * @param kept values passed through
   * @param dropped values left out
   * @param empty empty values, passed through as they were
   * @param invalid values the rule could not take ({@link InvalidValues#OPAQUE}: made opaque or emptied)
   * @param invalidByCode invalid values by problem code, such as {@code identity-number-bad-check-digit}
   */
  public FieldCounts {
    invalidByCode = Map.copyOf(invalidByCode);
  }
}
