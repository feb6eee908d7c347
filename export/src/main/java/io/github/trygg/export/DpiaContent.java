package io.github.trygg.export;

import io.github.trygg.core.dpia.ScreeningResult;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.signoff.SignOffReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a DPIA document is made of: the system and its register, the screening, the risks that
 * concern it, the measures in the action plan about it and the sign-offs of it (decision, DPO's
 * opinion) as checked now. Made with {@link #builder}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DpiaContent(Register register, InformationSystem system, ScreeningResult screening, LocalDate on, List<RiskEvaluation> risks,
    List<ActionItem> measures, List<SignOffReview> signOffs) {
  public DpiaContent {
    risks = List.copyOf(risks);
    measures = List.copyOf(measures);
    signOffs = List.copyOf(signOffs);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaContent}; register, system, screening and date are required. */
  public static final class Builder {
    private @Nullable Register register;
    private @Nullable InformationSystem system;
    private @Nullable ScreeningResult screening;
    private @Nullable LocalDate on;
    private final List<RiskEvaluation> risks = new ArrayList<>();
    private final List<ActionItem> measures = new ArrayList<>();
    private final List<SignOffReview> signOffs = new ArrayList<>();

    private Builder() {}

    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    public Builder system(InformationSystem system) {
      this.system = system;
      return this;
    }

    public Builder screening(ScreeningResult screening) {
      this.screening = screening;
      return this;
    }

    public Builder on(LocalDate on) {
      this.on = on;
      return this;
    }

    public Builder addAllRisks(Iterable<RiskEvaluation> more) {
      more.forEach(risks::add);
      return this;
    }

    public Builder addAllMeasures(Iterable<ActionItem> more) {
      more.forEach(measures::add);
      return this;
    }

    public Builder addAllSignOffs(Iterable<SignOffReview> more) {
      more.forEach(signOffs::add);
      return this;
    }

    public DpiaContent build() {
      if (register == null || system == null || screening == null || on == null) {
        throw new IllegalStateException("a DPIA document needs register, system, screening and on");
      }
      return new DpiaContent(register, system, screening, on, risks, measures, signOffs);
    }
  }
}
