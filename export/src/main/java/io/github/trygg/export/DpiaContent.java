package io.github.trygg.export;

import io.github.trygg.core.dpia.ProcessingDpia;
import io.github.trygg.core.plan.ActionItem;
import io.github.trygg.core.register.OrganisationUnit;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.risk.RiskEvaluation;
import io.github.trygg.core.signoff.SignOffReview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What the DPIA document of one processing activity is made of — a DPIA assesses a processing
 * (GDPR Art. 35(1)), not a system: the activity's screening and the assessment the register records
 * for it ({@link ProcessingDpia}: the Art. 35(7) parts, the DPO's advice, the controller's decision,
 * prior consultation), the register it comes from (for the controller, the systems and the assets),
 * the risks it covers, the measures in the action plan about it or its systems, and the sign-offs of
 * it as checked now. Made with {@link #builder}.
 *
 * @param register the register the activity belongs to
 * @param dpia the activity's screening beside its recorded assessment
 * @param on the date the document is written
 * @param risks the evaluated risks the assessment covers
 * @param measures the action-plan items about the activity or its systems
 * @param signOffs the sign-offs of the activity (decision, DPO's opinion) as checked now
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DpiaContent(Register register, ProcessingDpia dpia, LocalDate on, List<RiskEvaluation> risks,
    List<ActionItem> measures, List<SignOffReview> signOffs) {
  /**
   * Checks that nothing is missing and copies the lists.
   *
   * @param register the register the activity belongs to
   * @param dpia the activity's screening beside its recorded assessment
   * @param on the date the document is written
   * @param risks the evaluated risks the assessment covers
   * @param measures the action-plan items about the activity or its systems
   * @param signOffs the sign-offs of the activity as checked now
   */
  public DpiaContent {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(dpia, "dpia");
    Objects.requireNonNull(on, "on");
    risks = List.copyOf(risks);
    measures = List.copyOf(measures);
    signOffs = List.copyOf(signOffs);
  }

  /**
   * The controller of the activity: the committee or other unit the register names for it, or the
   * organisation itself; empty when the register names no organisation.
   *
   * @return the controller, if the register names an organisation
   */
  public Optional<OrganisationUnit> controller() {
    return register.controllerOf(dpia.activity());
  }

  /**
   * A builder; register, DPIA and date are required.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DpiaContent}; register, DPIA and date are required. */
  public static final class Builder {
    private @Nullable Register register;
    private @Nullable ProcessingDpia dpia;
    private @Nullable LocalDate on;
    private final List<RiskEvaluation> risks = new ArrayList<>();
    private final List<ActionItem> measures = new ArrayList<>();
    private final List<SignOffReview> signOffs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the register the activity belongs to.
     *
     * @param register the register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    /**
     * Sets the activity's screening and recorded assessment.
     *
     * @param dpia the activity's DPIA
     * @return this builder
     */
    public Builder dpia(ProcessingDpia dpia) {
      this.dpia = dpia;
      return this;
    }

    /**
     * Sets the date the document is written.
     *
     * @param on the date
     * @return this builder
     */
    public Builder on(LocalDate on) {
      this.on = on;
      return this;
    }

    /**
     * Appends risks the assessment covers.
     *
     * @param more the risks, in the order the document lists them
     * @return this builder
     */
    public Builder addAllRisks(Iterable<RiskEvaluation> more) {
      more.forEach(risks::add);
      return this;
    }

    /**
     * Appends action-plan items about the activity or its systems.
     *
     * @param more the measures, in the order the document lists them
     * @return this builder
     */
    public Builder addAllMeasures(Iterable<ActionItem> more) {
      more.forEach(measures::add);
      return this;
    }

    /**
     * Appends sign-offs of the activity.
     *
     * @param more the sign-offs as checked now
     * @return this builder
     */
    public Builder addAllSignOffs(Iterable<SignOffReview> more) {
      more.forEach(signOffs::add);
      return this;
    }

    /**
     * The content.
     *
     * @return the DPIA document's content
     * @throws IllegalStateException naming what is missing when register, DPIA or date is not set
     */
    public DpiaContent build() {
      List<String> missing = new ArrayList<>();
      if (register == null) {
        missing.add("register");
      }
      if (dpia == null) {
        missing.add("dpia");
      }
      if (on == null) {
        missing.add("on");
      }
      if (register == null || dpia == null || on == null) {
        throw new IllegalStateException("a DPIA document needs " + String.join(", ", missing));
      }
      return new DpiaContent(register, dpia, on, risks, measures, signOffs);
    }
  }
}
