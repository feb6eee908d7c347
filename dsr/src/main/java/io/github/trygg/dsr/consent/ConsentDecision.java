package io.github.trygg.dsr.consent;

import io.github.trygg.dsr.Reason;
import java.util.List;
import org.apiguardian.api.API;

/** Whether there is valid consent, which records it rests on, and why. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConsentDecision(boolean valid, List<ConsentRecord> reliedOn, List<Reason> reasons) {
  public ConsentDecision {
    reliedOn = List.copyOf(reliedOn);
    reasons = List.copyOf(reasons);
  }
}
