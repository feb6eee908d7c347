package io.github.trygg.crypto.record;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.internal.value.TryggStyle;
import io.github.trygg.crypto.pseudonym.PseudonymisationDomain;
import io.github.trygg.crypto.pseudonym.Technique;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * What leaves a system, field by field: the domains pseudonyms are made in and one {@link
 * FieldRule} per field, plus what happens to unlisted fields and to values a rule cannot take.
 * Versioned data: read it from a JSON or YAML file with {@link #read(Path)}.
 *
 * <pre>{@code
 * format: trygg-record-policy
 * version: 1
 * id: care-export
 * revision: 3
 * unlisted: drop
 * invalidValues: reject
 * domains:
 *   - {name: care-export-2026, purpose: Response-time statistics, keyId: export}
 * fields:
 *   - {field: personnummer, action: pseudonymise, technique: identity-hmac, domain: care-export-2026}
 *   - {field: birthDate, action: generalise, to: year}
 *   - {field: postcode, action: generalise, to: truncate, length: 3}
 *   - {field: name, action: drop}
 *   - {field: visitType, action: keep}
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@TryggStyle
public abstract class RecordPolicy {
  /** {@return the policy's id, named in every report} */
  public abstract String id();

  /** {@return the policy's own version, raised with every change} */
  @Value.Default
  public int revision() {
    return 1;
  }

  /** {@return what happens to fields no rule names; dropped by default} */
  @Value.Default
  public UnlistedFields unlisted() {
    return UnlistedFields.DROP;
  }

  /** {@return what happens to values a rule cannot take; rejected by default} */
  @Value.Default
  public InvalidValues invalidValues() {
    return InvalidValues.REJECT;
  }

  /** {@return the domains the policy's pseudonyms are made in, each name once} */
  public abstract List<PseudonymisationDomain> domains();

  /** {@return the rules, one per field name or pointer, pointers tried first in this order} */
  public abstract List<FieldRule> fields();

  /**
   * The domain of this name.
   *
   * @param name the domain's name
   * @return the domain; empty if the policy has none of that name
   */
  public final Optional<PseudonymisationDomain> domain(String name) {
    return domains().stream().filter(d -> d.name().equals(name)).findFirst();
  }

  /**
   * Checks that names are unique and every pseudonymising rule fits its domain.
   *
   * @throws IllegalArgumentException if a domain or field has two definitions, a rule names an
   *     unknown domain, a technique does not fit its domain's policy, or FPE options come with
   *     another technique
   */
  @Value.Check
  protected void check() {
    Map<String, PseudonymisationDomain> byName = domains().stream()
        .collect(Collectors.toMap(PseudonymisationDomain::name, Function.identity(), (a, b) -> {
          throw new IllegalArgumentException("domain '" + a.name() + "' is defined twice");
        }));
    Set<String> labels = new HashSet<>();
    for (FieldRule rule : fields()) {
      if (!labels.add(rule.label())) {
        throw new IllegalArgumentException("field '" + rule.label() + "' has two rules");
      }
      if (rule.action() instanceof FieldAction.Pseudonymise p) {
        PseudonymisationDomain domain = byName.get(p.domain());
        if (domain == null) {
          throw new IllegalArgumentException("field '" + rule.label() + "' names an unknown domain '" + p.domain() + "'");
        }
        if (domain.policy() != p.technique().policy()) {
          throw new IllegalArgumentException("field '" + rule.label() + "': domain '" + domain.name() + "' is " + domain.policy()
              + ", but " + p.technique() + " pseudonyms are " + p.technique().policy());
        }
        if (p.technique() != Technique.IDENTITY_FPE && p.fpe().isPresent()) {
          throw new IllegalArgumentException("field '" + rule.label() + "': FPE options belong to IDENTITY_FPE only");
        }
      }
    }
  }

  /**
   * Reads a policy file (JSON, or YAML by its extension).
   *
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the policy
   * @throws io.github.trygg.core.InvalidInputException with every problem, its line, column and
   *     JSON Pointer; nothing is returned then
   */
  public static RecordPolicy read(Path file) {
    return RecordPolicies.read(file);
  }

  /**
   * Reads a policy from a stream, which is not closed; {@code source} names it in problems.
   *
   * @param source names the input in every problem's location
   * @param in the policy's bytes
   * @param format JSON or YAML
   * @return the policy
   * @throws io.github.trygg.core.InvalidInputException with every problem and its location
   */
  public static RecordPolicy read(String source, InputStream in, DataFormat format) {
    return RecordPolicies.read(source, in, format);
  }

  /**
   * Starts a policy; the id is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RecordPolicy}. */
  public static final class Builder extends ImmutableRecordPolicy.Builder {}
}
