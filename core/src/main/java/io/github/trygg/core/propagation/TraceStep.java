package io.github.trygg.core.propagation;

import io.github.trygg.core.register.EntryRef;
import org.apiguardian.api.API;

/**
 * One step of a trace: a system, flow, dependency or override, and the rule (R1–R11) that applies
 * there — for example {@code integration:journal-till-datalager} under R3. A finding no rule
 * derives (a consent not recorded, a retention rule for a missing entry) cites its check's id
 * instead ({@link PropagationRules#checkId}).
 *
 * @param entry the system, flow, dependency or override
 * @param rule the rule that applies there, {@code R1} to {@code R11}, or the check's id ({@code C1}…)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record TraceStep(EntryRef entry, String rule) {
  @Override
  public String toString() {
    return entry + " (" + rule + ")";
  }
}
