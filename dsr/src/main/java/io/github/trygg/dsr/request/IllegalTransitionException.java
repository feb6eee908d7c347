package io.github.trygg.dsr.request;

import io.github.trygg.dsr.DsrException;
import org.apiguardian.api.API;

/** A state change the lifecycle does not allow; says which entity, from and to, and which rule. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public class IllegalTransitionException extends DsrException {
  private static final long serialVersionUID = 1L;

  private final String entity;
  private final String from;
  private final String to;
  private final String ruleId;

  /**
   * A refused state change.
   *
   * @param entity {@code request} or {@code task}
   * @param from the status it is in
   * @param to the status it was asked to go to
   * @param ruleId the lifecycle rule that refuses it
   * @param why the rule in words
   */
  public IllegalTransitionException(String entity, Enum<?> from, Enum<?> to, String ruleId, String why) {
    super(entity + " cannot go from " + from + " to " + to + ": " + why + " [" + ruleId + "]");
    this.entity = entity;
    this.from = from.name();
    this.to = to.name();
    this.ruleId = ruleId;
  }

  /** {@return {@code request} or {@code task}} */
  public String entity() {
    return entity;
  }

  /** {@return the name of the status it is in} */
  public String from() {
    return from;
  }

  /** {@return the name of the status it was asked to go to} */
  public String to() {
    return to;
  }

  /** {@return the id of the lifecycle rule that refuses the change} */
  public String ruleId() {
    return ruleId;
  }
}
