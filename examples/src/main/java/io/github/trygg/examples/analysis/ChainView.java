package io.github.trygg.examples.analysis;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.propagation.Severity;
import java.util.List;
import java.util.Map;

/**
 * The integration chain as the report draws it: each system's required levels with why, and the
 * findings on systems and flows.
 *
 * @param required system id → its required levels
 * @param reasons system id → why each non-zero level is what it is
 * @param findings most severe first
 * @param reviews compilations and concentrations a person must judge (sammanställningar)
 */
public record ChainView(Map<String, Levels> required, Map<String, List<LocalizedText>> reasons, List<Finding> findings, List<Review> reviews) {
  public ChainView {
    required = Map.copyOf(required);
    reasons = Map.copyOf(reasons);
    findings = List.copyOf(findings);
    reviews = List.copyOf(reviews);
  }

  /** What a finding is about; OTHER for overrides, vendors and assets. */
  public enum Subject { SYSTEM, INTEGRATION, OTHER }

  /** Something to review rather than a finding: for example many subjects, or location joined with health data. */
  public record Review(String subject, String rule, LocalizedText title, LocalizedText message) {}

  /** A finding on a system or a flow, with its rule and severity. */
  public record Finding(Subject subject, String id, String rule, Severity severity, LocalizedText text) {}

  public List<Finding> findingsOn(Subject subject, String id) {
    return findings.stream().filter(f -> f.subject() == subject && f.id().equals(id)).toList();
  }

  public Levels required(String systemId) {
    return required.getOrDefault(systemId, Levels.none());
  }
}
