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
 *
 * @param register the register the system belongs to
 * @param system the system the DPIA is about
 * @param screening the screening of the system (WP248 criteria and national lists)
 * @param on the date the document speaks of
 * @param risks the evaluated risks that concern the system (copied)
 * @param measures the action-plan items about the system (copied)
 * @param signOffs the sign-offs of the system's DPIA, as reviewed now (copied)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DpiaContent(Register register, InformationSystem system, ScreeningResult screening, LocalDate on, List<RiskEvaluation> risks,
    List<ActionItem> measures, List<SignOffReview> signOffs) {
  /**
   * Copies the lists.
   *
   * @param register the register the system belongs to
   * @param system the system the DPIA is about
   * @param screening the screening of the system (WP248 criteria and national lists)
   * @param on the date the document speaks of
   * @param risks the evaluated risks that concern the system (copied)
   * @param measures the action-plan items about the system (copied)
   * @param signOffs the sign-offs of the system's DPIA, as reviewed now (copied)
   */
  public DpiaContent {
    risks = List.copyOf(risks);
    measures = List.copyOf(measures);
    signOffs = List.copyOf(signOffs);
  }

  /**
   * Starts the content; register, system, screening and date are required.
   *
   * @return a new builder
   */
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

    /**
     * The register the system belongs to.
     *
     * @param register the register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    /**
     * The system the DPIA is about.
     *
     * @param system the system
     * @return this builder
     */
    public Builder system(InformationSystem system) {
      this.system = system;
      return this;
    }

    /**
     * The screening of the system.
     *
     * @param screening the screening result
     * @return this builder
     */
    public Builder screening(ScreeningResult screening) {
      this.screening = screening;
      return this;
    }

    /**
     * The date the document speaks of.
     *
     * @param on the date, usually today
     * @return this builder
     */
    public Builder on(LocalDate on) {
      this.on = on;
      return this;
    }

    /**
     * Appends evaluated risks.
     *
     * @param more the risks, in order
     * @return this builder
     */
    public Builder addAllRisks(Iterable<RiskEvaluation> more) {
      more.forEach(risks::add);
      return this;
    }

    /**
     * Appends action-plan items.
     *
     * @param more the items, in order
     * @return this builder
     */
    public Builder addAllMeasures(Iterable<ActionItem> more) {
      more.forEach(measures::add);
      return this;
    }

    /**
     * Appends reviewed sign-offs.
     *
     * @param more the sign-off reviews, in order
     * @return this builder
     */
    public Builder addAllSignOffs(Iterable<SignOffReview> more) {
      more.forEach(signOffs::add);
      return this;
    }

    /**
     * Makes the content.
     *
     * @return the content
     * @throws IllegalStateException if register, system, screening or date is missing
     */
    public DpiaContent build() {
      if (register == null || system == null || screening == null || on == null) {
        throw new IllegalStateException("a DPIA document needs register, system, screening and on");
      }
      return new DpiaContent(register, system, screening, on, risks, measures, signOffs);
    }
  }
}
