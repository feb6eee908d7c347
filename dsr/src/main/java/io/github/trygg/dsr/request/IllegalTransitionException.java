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

  public IllegalTransitionException(String entity, Enum<?> from, Enum<?> to, String ruleId, String why) {
    super(entity + " cannot go from " + from + " to " + to + ": " + why + " [" + ruleId + "]");
    this.entity = entity;
    this.from = from.name();
    this.to = to.name();
    this.ruleId = ruleId;
  }

  /** {@code request} or {@code task}. */
  public String entity() {
    return entity;
  }

  public String from() {
    return from;
  }

  public String to() {
    return to;
  }

  public String ruleId() {
    return ruleId;
  }
}
