package io.github.trygg.core.changes;

import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.risk.Risk;
import io.github.trygg.core.risk.RiskMatrices;
import io.github.trygg.core.risk.RiskMatrix;
import io.github.trygg.core.signoff.SignOffs;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One version of the register folder as loaded: the register, and what is kept beside it when there
 * is one — risks (with their matrix), the action plan, the sign-offs — with the date it is evaluated
 * on. Read two folders, or two revisions a host takes from its version control, and compare them
 * with {@link ChangeDetector}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class ReviewSnapshot {
  public abstract Register register();

  public abstract List<Risk> risks();

  @Value.Default
  public RiskMatrix matrix() {
    return RiskMatrices.iso27005();
  }

  public abstract Optional<ActionPlan> actionPlan();

  public abstract Optional<SignOffs> signOffs();

  /** The date reviews, acceptances and sign-offs are evaluated on. */
  public abstract LocalDate evaluatedOn();

  public static ReviewSnapshot of(Register register, LocalDate evaluatedOn) {
    return builder().register(register).evaluatedOn(evaluatedOn).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableReviewSnapshot.Builder {}
}
