package io.github.trygg.dsr.cases;

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

  public RuleViolationException(String ruleId, String message) {
    super(message + " [" + ruleId + "]");
    this.ruleId = ruleId;
  }

  public String ruleId() {
    return ruleId;
  }
}
