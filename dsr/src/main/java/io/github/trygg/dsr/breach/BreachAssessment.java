package io.github.trygg.dsr.breach;

import io.github.trygg.dsr.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the rules say about a breach now.
 *
 * @param authorityDeadline awareness + 72 hours, exactly (no calendar roll)
 * @param notifyAuthority whether Art. 33 requires notifying the supervisory authority
 * @param authorityLate notified after the deadline, or not yet and the deadline has passed
 * @param subjects the Art. 34 decision
 * @param processorLate a processor told the controller later than the agreed limit
 * @param reminders when to remind: 48, 24 and 4 hours before the deadline, those still ahead
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BreachAssessment(
    Instant authorityDeadline,
    boolean notifyAuthority,
    boolean authorityLate,
    SubjectNotice subjects,
    Optional<Boolean> processorLate,
    List<Instant> reminders,
    List<Reason> reasons) {

  public BreachAssessment {
    reminders = List.copyOf(reminders);
    reasons = List.copyOf(reasons);
  }

  /** The Art. 34 decision. */
  public enum SubjectNotice {
    /** The risk is not high. */
    NOT_REQUIRED,
    /** Each subject is told without undue delay. */
    REQUIRED,
    /** High risk, but Art. 34(3)(a) or (b) applies. */
    EXEMPT,
    /** High risk and Art. 34(3)(c): a public communication instead. */
    PUBLIC_COMMUNICATION
  }
}
