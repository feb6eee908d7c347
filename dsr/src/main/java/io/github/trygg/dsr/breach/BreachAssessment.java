package io.github.trygg.dsr.breach;

import io.github.trygg.core.Labelled;
import io.github.trygg.core.LocalizedText;
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
 * @param reasons every conclusion with the rule and provision behind it
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

  /**
   * Copies the lists.
   *
   * @param authorityDeadline awareness + 72 hours, exactly (no calendar roll)
   * @param notifyAuthority whether Art. 33 requires notifying the supervisory authority
   * @param authorityLate notified after the deadline, or not yet and the deadline has passed
   * @param subjects the Art. 34 decision
   * @param processorLate a processor told the controller later than the agreed limit
   * @param reminders when to remind: 48, 24 and 4 hours before the deadline, those still ahead
   * @param reasons every conclusion with the rule and provision behind it
   */
  public BreachAssessment {
    reminders = List.copyOf(reminders);
    reasons = List.copyOf(reasons);
  }

  /** The Art. 34 decision. */
  public enum SubjectNotice implements Labelled {
    /** The risk is not high. */
    NOT_REQUIRED,
    /** Each subject is told without undue delay. */
    REQUIRED,
    /** High risk, but Art. 34(3)(a) or (b) applies. */
    EXEMPT,
    /** High risk and Art. 34(3)(c): a public communication instead. */
    PUBLIC_COMMUNICATION;

    /** {@return the name a reader sees, in Swedish, Norwegian bokmål and English} */
    @Override
    public LocalizedText label() {
      return switch (this) {
        case NOT_REQUIRED -> new LocalizedText("de registrerade behöver inte underrättas", "de registrerte trenger ikke varsles", "no notice to data subjects");
        case REQUIRED -> new LocalizedText("de registrerade ska underrättas", "de registrerte skal varsles", "data subjects must be told");
        case EXEMPT -> new LocalizedText("undantag från underrättelse (art. 34.3)", "unntak fra varsling (art. 34 nr. 3)", "exempt from notice (Art. 34(3))");
        case PUBLIC_COMMUNICATION -> new LocalizedText("offentligt meddelande i stället (art. 34.3 c)", "offentlig kunngjøring i stedet (art. 34 nr. 3 c)", "public communication instead (Art. 34(3)(c))");
      };
    }
  }
}
