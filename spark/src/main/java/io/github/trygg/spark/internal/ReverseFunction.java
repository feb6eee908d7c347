package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.crypto.pseudonym.Authorisation;
import io.github.trygg.crypto.pseudonym.InvalidPseudonymException;
import io.github.trygg.crypto.pseudonym.KeyException;
import io.github.trygg.crypto.pseudonym.Pseudonymisation;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.ReidentificationEvent;
import io.github.trygg.crypto.pseudonym.Reidentifier;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.FieldAction;
import java.io.Serializable;
import org.apache.spark.sql.api.java.UDF1;
import org.jspecify.annotations.Nullable;

/**
 * Reverses one reversible rule's pseudonyms on an executor with crypto's own {@link Reidentifier}:
 * the same role check and recovery as a single call. Its audit sink counts events in the
 * accumulator (domain, outcome, key version) instead of writing one per value; the driver writes
 * the job's summary events.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ReverseFunction implements UDF1<String, String> {
  private static final long serialVersionUID = 1L;

  /** The authorisation as plain text, to travel with the task. */
  public record Who(String actor, String role, String purpose, String caseReference) implements Serializable {
    public static Who of(Authorisation a) {
      return new Who(a.actor(), a.role(), a.purpose(), a.caseReference());
    }

    Authorisation authorisation() {
      return new Authorisation(actor, role, purpose, caseReference);
    }
  }

  private final EngineSpec spec;
  private final PolicyCopy.RuleCopy rule;
  private final Who who;
  private final CountsAccumulator counts;
  private transient @Nullable Reidentifier reidentifier;
  private transient @Nullable Authorisation authorisation;

  public ReverseFunction(EngineSpec spec, PolicyCopy.RuleCopy rule, Who who, CountsAccumulator counts) {
    this.spec = spec;
    this.rule = rule;
    this.who = who;
    this.counts = counts;
  }

  /** The count's key: domain, technique, outcome, key version (0 when unknown). */
  public static String key(String domain, Technique technique, ReidentificationEvent.Outcome outcome, int version) {
    return domain + AccumulatorCounter.SEP + technique.name() + AccumulatorCounter.SEP + outcome + AccumulatorCounter.SEP + version;
  }

  @Override
  public @Nullable String call(@Nullable String pseudonym) {
    Reidentifier r = reidentifier;
    Authorisation a = authorisation;
    if (r == null || a == null) {
      r = reidentifier = build();
      a = authorisation = who.authorisation();
    }
    if (pseudonym == null || pseudonym.isBlank()) {
      return pseudonym;
    }
    try {
      return r.reidentify(pseudonym, a);
    } catch (InvalidPseudonymException | KeyException e) {
      return null; // counted as FAILED by the sink; the pseudonym is not repeated anywhere
    }
  }

  private Reidentifier build() {
    FieldAction.Pseudonymise p = (FieldAction.Pseudonymise) rule.rule().action();
    PseudonymisationDomain domain = spec.policy().policy().domain(p.domain()).orElseThrow();
    Pseudonymisation pseudonymisation = Pseudonymisation.builder()
        .keys(spec.keyProvider())
        .clock(spec.clock())
        .audit(event -> counts.add(key(event.domain(), event.technique(), event.outcome(), event.keyRef().map(k -> k.version()).orElse(0))))
        .build();
    return p.technique() == Technique.IDENTITY_FPE
        ? pseudonymisation.reidentifier(domain, p.fpe().orElseThrow())
        : pseudonymisation.reidentifier(domain, p.technique());
  }

  @Override
  public String toString() {
    return "trygg-reidentify[" + rule.label() + "]";
  }
}
