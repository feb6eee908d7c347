package io.github.trygg.dsr.deadline;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/** A deadline operation the rules do not allow, such as extending after the first due date. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class DeadlineException extends DsrException {
  private static final long serialVersionUID = 1L;

  private final String ruleId;

  /**
   * A deadline operation the rules refuse.
   *
   * @param ruleId the rule that refused
   * @param message what was refused and why, without personal data
   */
  public DeadlineException(String ruleId, String message) {
    super(message + " [" + ruleId + "]");
    this.ruleId = ruleId;
  }

  /** {@return the rule that refused, for example {@code dsr.deadline.extension-after-due}} */
  public String ruleId() {
    return ruleId;
  }
}
