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

  /**
   * A refusal whose message is English only; {@link #explanation()} then gives it in every language as it is.
   *
   * @param ruleId the rule that refuses the operation
   * @param message what is wrong, without personal data
   */
  public RuleViolationException(String ruleId, String message) {
    this(ruleId, new LocalizedText(message, message, message));
  }

  /**
   * A refusal with its reason in Swedish, Norwegian bokmål and English; the message is the English.
   *
   * @param ruleId the rule that refuses the operation
   * @param explanation the rule's explanation in Swedish, Norwegian bokmål and English
   */
  public RuleViolationException(String ruleId, LocalizedText explanation) {
    super(explanation.en() + " [" + ruleId + "]");
    this.ruleId = ruleId;
    this.explanation = explanation;
  }

  /** {@return the id of the rule that refuses the operation} */
  public String ruleId() {
    return ruleId;
  }

  /** {@return why the desk refused, for a reader, without the rule id} */
  public LocalizedText explanation() {
    return explanation;
  }
}
