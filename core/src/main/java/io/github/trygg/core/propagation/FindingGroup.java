package io.github.trygg.core.propagation;

import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Findings with one root cause: one rating that makes the same gap in many systems — an asset's
 * availability that exceeds what every system of its chain is cleared for, say — is one group
 * listing them, with its count, instead of one finding per system. A finding that stands alone
 * (a recovery gap, a contradicted override) is a group of one.
 *
 * @param rootCause where the level behind the findings started: an information asset, a system's
 *     own assessment or an override; for a finding that stands alone, its subject
 * @param message the group in words: the cause and every system or flow it affects
 * @param kind what kind of finding the group is
 * @param severity how serious it is
 * @param aspect the aspect concerned, where one is
 * @param required the level the subjects must meet, where one applies
 * @param findings the findings that share the cause; at least one
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FindingGroup(FindingKind kind, Severity severity, Optional<SecurityAspect> aspect, Optional<ConsequenceLevel> required,
    EntryRef rootCause, List<Finding> findings, LocalizedText message) {
  /**
   * Copies the findings.
   *
   * @param rootCause where the level behind the findings started: an information asset, a system's
   *     own assessment or an override; for a finding that stands alone, its subject
   * @param message the group in words: the cause and every system or flow it affects
   * @param kind what kind of finding the group is
   * @param severity how serious it is
   * @param aspect the aspect concerned, where one is
   * @param required the level the subjects must meet, where one applies
   * @param findings the findings that share the cause; at least one
   * @throws IllegalArgumentException if there is no finding
   */
  public FindingGroup {
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a finding group has at least one finding");
    }
  }

  /** {@return how many systems, flows or entries share the cause} */
  public int count() {
    return findings.size();
  }

  /** {@return the systems, flows or entries affected, in the order of the findings} */
  public List<EntryRef> subjects() {
    return findings.stream().map(Finding::subject).toList();
  }

  /** {@return the title the group's findings share} */
  public LocalizedText title() {
    return findings.get(0).title();
  }

  /** {@return the sources of the findings, each once} */
  public List<LegalReference> sources() {
    Set<LegalReference> all = new LinkedHashSet<>();
    findings.forEach(f -> all.addAll(f.sources()));
    return List.copyOf(all);
  }

  /**
   * {@return the rules behind the levels of the findings, each once, in order (R1 for a system's
   * own data, R3 further down the chain …)}
   */
  public List<String> rules() {
    return findings.stream().map(Finding::rule).filter(r -> !r.isEmpty()).distinct().toList();
  }
}
