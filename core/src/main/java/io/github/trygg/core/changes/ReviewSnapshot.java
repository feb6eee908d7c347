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
  /** {@return the register as it was} */
  public abstract Register register();

  /** {@return the risks as they were} */
  public abstract List<Risk> risks();

  /** {@return the risk matrix the risks are evaluated on; ISO/IEC 27005's 5×5 by default} */
  @Value.Default
  public RiskMatrix matrix() {
    return RiskMatrices.iso27005();
  }

  /** {@return the action plan, if any} */
  public abstract Optional<ActionPlan> actionPlan();

  /** {@return the sign-offs, if any} */
  public abstract Optional<SignOffs> signOffs();

  /** {@return the date reviews, acceptances and sign-offs are evaluated on} */
  public abstract LocalDate evaluatedOn();

  /**
   * A snapshot of a register alone.
   *
   * @param register the register
   * @param evaluatedOn the date reviews, acceptances and sign-offs are evaluated on
   * @return the snapshot
   */
  public static ReviewSnapshot of(Register register, LocalDate evaluatedOn) {
    return builder().register(register).evaluatedOn(evaluatedOn).build();
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewSnapshot}: set its properties, then call {@code build()}. */
  public static final class Builder extends ImmutableReviewSnapshot.Builder {}
}
