package io.github.trygg.examples.analysis;

import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.propagation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The integration chain as the report draws it: each system's required levels with why, and the
 * findings on systems and flows.
 */
public final class ChainView {
  private final Map<String, Levels> required;
  private final Function<String, List<LocalizedText>> reasons;
  private final List<Finding> findings;
  private final List<Review> reviews;
  /** Findings by subject kind and id: the report asks once per system and flow, which a scan would make quadratic. */
  private final Map<Subject, Map<String, List<Finding>>> bySubject = new HashMap<>();

  /**
   * @param required system id → its required levels
   * @param reasons system id → why each non-zero level is what it is; asked only for the systems
   *     shown with their reasons, since a reason's trace costs up to a walk over the whole chain
   * @param findings most severe first
   * @param reviews compilations and concentrations a person must judge (sammanställningar)
   */
  public ChainView(Map<String, Levels> required, Function<String, List<LocalizedText>> reasons, List<Finding> findings, List<Review> reviews) {
    this.required = Map.copyOf(required);
    this.reasons = reasons;
    this.findings = List.copyOf(findings);
    this.reviews = List.copyOf(reviews);
    for (Finding f : this.findings) {
      bySubject.computeIfAbsent(f.subject(), k -> new HashMap<>()).computeIfAbsent(f.id(), k -> new ArrayList<>(2)).add(f);
    }
  }

  /** What a finding is about; OTHER for overrides, vendors and assets. */
  public enum Subject { SYSTEM, INTEGRATION, OTHER }

  /** Something to review rather than a finding: for example many subjects, or location joined with health data. */
  public record Review(String subject, String rule, LocalizedText title, LocalizedText message) {}

  /** A finding on a system or a flow, with its rule and severity. */
  public record Finding(Subject subject, String id, String rule, Severity severity, LocalizedText text) {}

  /** System id → its required levels. */
  public Map<String, Levels> required() {
    return required;
  }

  /** Why each non-zero level of a system is what it is; empty for a system the chain does not know. */
  public List<LocalizedText> reasons(String systemId) {
    return required.containsKey(systemId) ? reasons.apply(systemId) : List.of();
  }

  /** Most severe first. */
  public List<Finding> findings() {
    return findings;
  }

  /** Compilations and concentrations a person must judge (sammanställningar). */
  public List<Review> reviews() {
    return reviews;
  }

  /** The findings on one system or flow, most severe first. */
  public List<Finding> findingsOn(Subject subject, String id) {
    return List.copyOf(bySubject.getOrDefault(subject, Map.of()).getOrDefault(id, List.of()));
  }

  public Levels required(String systemId) {
    return required.getOrDefault(systemId, Levels.none());
  }
}
