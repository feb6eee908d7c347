package io.github.trygg.spark.internal;

import org.apiguardian.api.API;
import io.github.trygg.crypto.pseudonym.IdentityFpeOptions;
import io.github.trygg.crypto.pseudonym.Preservation;
import io.github.trygg.crypto.pseudonym.PseudonymPolicy;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Technique;
import io.github.trygg.crypto.record.FieldAction;
import io.github.trygg.crypto.record.FieldRule;
import io.github.trygg.crypto.record.Generalisation;
import io.github.trygg.crypto.record.InvalidValues;
import io.github.trygg.crypto.record.RecordPolicy;
import io.github.trygg.crypto.record.UnlistedFields;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A record policy as plain serializable data, so executors rebuild the very policy the driver read.
 * A policy holds no secret: names, domains, key ids and actions.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record PolicyCopy(String id, int revision, UnlistedFields unlisted, InvalidValues invalidValues, List<DomainCopy> domains, List<RuleCopy> rules)
    implements Serializable {

  public record DomainCopy(String name, String purpose, PseudonymPolicy policy, String keyId, Set<String> reidentifierRoles) implements Serializable {
    static DomainCopy of(PseudonymisationDomain d) {
      return new DomainCopy(d.name(), d.purpose(), d.policy(), d.keyId(), Set.copyOf(d.reidentifierRoles()));
    }

    PseudonymisationDomain domain() {
      return PseudonymisationDomain.builder().name(name).purpose(purpose).policy(policy).keyId(keyId).addAllReidentifierRoles(reidentifierRoles).build();
    }
  }

  /** One rule; {@code kind} is keep, drop, pseudonymise or generalise. */
  public record RuleCopy(
      @Nullable String field,
      @Nullable String pointer,
      String kind,
      @Nullable Technique technique,
      @Nullable String domain,
      @Nullable FpeCopy fpe,
      @Nullable Generalisation to,
      int parameter) implements Serializable {

    public static RuleCopy of(FieldRule rule) {
      String field = rule.field().orElse(null);
      String pointer = rule.pointer().orElse(null);
      FieldAction a = rule.action();
      if (a instanceof FieldAction.Pseudonymise p) {
        return new RuleCopy(field, pointer, "pseudonymise", p.technique(), p.domain(), p.fpe().map(FpeCopy::of).orElse(null), null, 0);
      }
      if (a instanceof FieldAction.Generalise g) {
        return new RuleCopy(field, pointer, "generalise", null, null, null, g.to(), g.parameter());
      }
      return new RuleCopy(field, pointer, a instanceof FieldAction.Drop ? "drop" : "keep", null, null, null, null, 0);
    }

    public FieldRule rule() {
      FieldAction action = switch (kind) {
        case "pseudonymise" -> new FieldAction.Pseudonymise(req(technique), req(domain), Optional.ofNullable(fpe).map(FpeCopy::options));
        case "generalise" -> new FieldAction.Generalise(req(to), parameter);
        case "drop" -> new FieldAction.Drop();
        default -> new FieldAction.Keep();
      };
      return FieldRule.builder().field(Optional.ofNullable(field)).pointer(Optional.ofNullable(pointer)).action(action).build();
    }

    public String label() {
      return field != null ? field : req(pointer);
    }
  }

  public record FpeCopy(Preservation preservation, LocalDate latest, @Nullable LocalDate earliest, int keyVersion, boolean acknowledged) implements Serializable {
    static FpeCopy of(IdentityFpeOptions o) {
      return new FpeCopy(o.preservation(), o.latestBirthDate(), o.earliestBirthDate().orElse(null), o.keyVersion().orElse(0), o.acknowledgeRealPersonRisk());
    }

    IdentityFpeOptions options() {
      IdentityFpeOptions.Builder b = IdentityFpeOptions.builder().preservation(preservation).latestBirthDate(latest).acknowledgeRealPersonRisk(acknowledged);
      if (earliest != null) {
        b.earliestBirthDate(earliest);
      }
      if (keyVersion > 0) {
        b.keyVersion(keyVersion);
      }
      return b.build();
    }
  }

  public static PolicyCopy of(RecordPolicy policy) {
    return new PolicyCopy(policy.id(), policy.revision(), policy.unlisted(), policy.invalidValues(),
        policy.domains().stream().map(DomainCopy::of).toList(), policy.fields().stream().map(RuleCopy::of).toList());
  }

  public RecordPolicy policy() {
    RecordPolicy.Builder b = RecordPolicy.builder().id(id).revision(revision).unlisted(unlisted).invalidValues(invalidValues);
    domains.forEach(d -> b.addDomains(d.domain()));
    rules.forEach(r -> b.addFields(r.rule()));
    return b.build();
  }

  private static <T> T req(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("incomplete rule");
    }
    return value;
  }
}
