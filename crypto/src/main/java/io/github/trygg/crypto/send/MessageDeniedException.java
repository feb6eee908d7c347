package io.github.trygg.crypto.send;

import io.github.trygg.core.message.Decision;
import io.github.trygg.crypto.CryptoException;
import org.apiguardian.api.API;

/**
 * The rules deny the message, so nothing was sealed. The decision says which rule, why, and what
 * would let it go; the message text is never part of it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class MessageDeniedException extends CryptoException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  /**
   * A denial; the message names the rule, the table and the rule's English title.
   *
   * @param decision the denying decision
   */
  public MessageDeniedException(Decision decision) {
    super("the message may not be sent: rule " + decision.ruleId() + " (" + decision.table() + " " + decision.tableVersion() + ") denies it; "
        + decision.title().en());
    this.decision = decision;
  }

  /** {@return the denying decision: which rule, why, and the remedies that would let the message go} */
  public Decision decision() {
    return decision;
  }
}
