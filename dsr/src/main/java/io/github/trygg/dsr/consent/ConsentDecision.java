package io.github.trygg.dsr.consent;

import io.github.trygg.dsr.Reason;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Whether there is valid consent, which records it rests on, and why.
 *
 * @param valid whether valid consent covers the processing
 * @param reliedOn the consent records it rests on
 * @param reasons why, rule by rule
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentDecision(boolean valid, List<ConsentRecord> reliedOn, List<Reason> reasons) {
  /**
   * Copies the lists.
   *
   * @param valid whether valid consent covers the processing
   * @param reliedOn the consent records it rests on
   * @param reasons why, rule by rule
   */
  public ConsentDecision {
    reliedOn = List.copyOf(reliedOn);
    reasons = List.copyOf(reasons);
  }
}
