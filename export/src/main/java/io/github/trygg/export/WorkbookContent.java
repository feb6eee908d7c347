package io.github.trygg.export;

import java.util.Objects;
import io.github.trygg.core.plan.ActionPlan;
import io.github.trygg.core.register.Register;
import io.github.trygg.core.requirements.RequirementList;
import io.github.trygg.core.risk.RiskEvaluation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What goes into the workbook: the register (for the Art. 30 record, processors, transfers and
 * overdue reviews) on a date, and what the organisation has beside it — the action plan, the
 * requirement lists per system with its self-assessment, the evaluated risks. Made with {@link
 * #builder}; parts not given leave their sheet with headers only.
 *
 * @param register the register the record, processors, transfers and overdue reviews come from
 * @param on the date the workbook speaks of: what is overdue, which reviews are due
 * @param actionPlan the action plan, if any
 * @param requirements the requirement list per system id, with its assessments (copied, in order)
 * @param risks the evaluated risks (copied)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorkbookContent(Register register, LocalDate on, Optional<ActionPlan> actionPlan, Map<String, RequirementList> requirements,
    List<RiskEvaluation> risks) {
  /**
   * Copies the requirement lists and risks.
   *
   * @param register the register the record, processors, transfers and overdue reviews come from
   * @param on the date the workbook speaks of: what is overdue, which reviews are due
   * @param actionPlan the action plan, if any
   * @param requirements the requirement list per system id, with its assessments (copied, in order)
   * @param risks the evaluated risks (copied)
   */
  public WorkbookContent {
    requirements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(requirements));
    risks = List.copyOf(risks);
  }

  /**
   * Starts the content; {@code register} and {@code on} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WorkbookContent}; {@code register} and {@code on} are required. */
  public static final class Builder {
    private @Nullable Register register;
    private @Nullable LocalDate on;
    private @Nullable ActionPlan actionPlan;
    private final Map<String, RequirementList> requirements = new LinkedHashMap<>();
    private final List<RiskEvaluation> risks = new ArrayList<>();

    private Builder() {}

    /**
     * The register to write from.
     *
     * @param register the register
     * @return this builder
     */
    public Builder register(Register register) {
      this.register = register;
      return this;
    }

    /**
     * The date the workbook speaks of.
     *
     * @param on the date, usually today
     * @return this builder
     */
    public Builder on(LocalDate on) {
      this.on = on;
      return this;
    }

    /**
     * The action plan for the plan sheet.
     *
     * @param actionPlan the plan
     * @return this builder
     */
    public Builder actionPlan(ActionPlan actionPlan) {
      this.actionPlan = actionPlan;
      return this;
    }

    /**
     * The requirement list of one system (by id), with the organisation's assessments attached;
     * replaces an earlier list for the same system.
     *
     * @param systemId the system's id in the register
     * @param list its requirement list
     * @return this builder
     */
    public Builder putRequirements(String systemId, RequirementList list) {
      requirements.put(systemId, list);
      return this;
    }

    /**
     * Appends one evaluated risk.
     *
     * @param risk the risk
     * @return this builder
     */
    public Builder addRisk(RiskEvaluation risk) {
      risks.add(risk);
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
     * Replaces the risks.
     *
     * @param all the risks, in order
     * @return this builder
     */
    public Builder risks(Iterable<RiskEvaluation> all) {
      risks.clear();
      return addAllRisks(all);
    }

    /**
     * Makes the content.
     *
     * @return the content
     * @throws IllegalStateException naming the missing parts if {@code register} or {@code on} is missing
     */
    public WorkbookContent build() {
      List<String> missing = new ArrayList<>();
      if (register == null) {
        missing.add("register");
      }
      if (on == null) {
        missing.add("on");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("a workbook needs " + String.join(" and ", missing));
      }
      return new WorkbookContent(Objects.requireNonNull(register), Objects.requireNonNull(on), Optional.ofNullable(actionPlan), requirements, risks);
    }
  }
}
