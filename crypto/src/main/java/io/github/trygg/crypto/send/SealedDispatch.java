package io.github.trygg.crypto.send;

import io.github.trygg.core.message.Decision;
import io.github.trygg.core.message.MessageContext;
import io.github.trygg.core.message.RequiredMeasure;
import io.github.trygg.crypto.seal.SealedMessage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A message the rules allowed, sealed: the envelope to send and the decision to keep in the audit
 * log, with the context it was evaluated in and which of its measures the sealing itself meets.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SealedDispatch {
  /** What signing and sealing to validated recipient certificates take care of. */
  static final Set<RequiredMeasure> MET_BY_SEALING =
      EnumSet.of(RequiredMeasure.ENCRYPT_END_TO_END, RequiredMeasure.AUTHENTICATED_ENCRYPTION, RequiredMeasure.VERIFY_RECIPIENT_KEY);

  private final Decision decision;
  private final MessageContext evaluated;
  private final SealedMessage message;

  SealedDispatch(Decision decision, MessageContext evaluated, SealedMessage message) {
    if (!decision.permits()) {
      throw new IllegalStateException("a denied message is never sealed");
    }
    this.decision = decision;
    this.evaluated = evaluated;
    this.message = message;
  }

  /** {@return the decision the message was sent under, to keep in the audit log} */
  public Decision decision() {
    return decision;
  }

  /**
   * {@return the context the rules saw: the caller's, with transport end to end because the message
   * is sealed}
   */
  public MessageContext evaluatedContext() {
    return evaluated;
  }

  /** {@return the signed and sealed envelope to send} */
  public SealedMessage message() {
    return message;
  }

  /** {@return the decision's measures that sealing met} */
  public List<RequiredMeasure> measuresMet() {
    return decision.measures().stream().filter(MET_BY_SEALING::contains).toList();
  }

  /**
   * {@return the decision's measures the host must still see to (a neutral sender, logging,
   * opt-outs, …)}
   */
  public List<RequiredMeasure> measuresForTheHost() {
    return decision.measures().stream().filter(m -> !MET_BY_SEALING.contains(m)).toList();
  }

  @Override
  public String toString() {
    return "SealedDispatch[" + decision.verdict() + " " + decision.ruleId() + ", " + message + "]";
  }
}
