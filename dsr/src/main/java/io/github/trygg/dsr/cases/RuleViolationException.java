package io.github.trygg.dsr.cases;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/**
 * An operation the DSR rules refuse although the status would allow it: approving without a
 * verified identity, erasing public records, an outcome that does not fit the right.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class RuleViolationException extends DsrException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;
  private final LocalizedText explanation;

  /** A refusal whose message is English only; {@link #explanation()} then gives it in every language as it is. */
  public RuleViolationException(String ruleId, String message) {
    this(ruleId, new LocalizedText(message, message, message));
  }

  /** A refusal with its reason in Swedish, Norwegian bokmål and English; the message is the English. */
  public RuleViolationException(String ruleId, LocalizedText explanation) {
    super(explanation.en() + " [" + ruleId + "]");
    this.ruleId = ruleId;
    this.explanation = explanation;
  }

  public String ruleId() {
    return ruleId;
  }

  /** Why the desk refused, for a reader, without the rule id. */
  public LocalizedText explanation() {
    return explanation;
  }
}
