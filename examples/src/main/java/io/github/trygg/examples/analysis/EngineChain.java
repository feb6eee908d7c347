package io.github.trygg.examples.analysis;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.propagation.DerivedLevel;
import io.github.trygg.core.propagation.PropagationResult;
import io.github.trygg.core.propagation.ReviewItem;
import io.github.trygg.core.propagation.SystemLevels;
import io.github.trygg.examples.analysis.ChainView.Finding;
import io.github.trygg.examples.analysis.ChainView.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The chain as the propagation engine sees it: required levels with their traces, findings and reviews. */
final class EngineChain {
  private EngineChain() {}

  static ChainView of(PropagationResult result) {
    // Findings come most severe first from the engine; the view keeps that order.
    Map<String, Levels> required = new LinkedHashMap<>();
    for (SystemLevels s : result.systems()) {
      required.put(s.id(), s.required());
    }
    List<Finding> findings = new ArrayList<>();
    for (io.github.trygg.core.propagation.Finding f : result.findings()) {
      Subject subject = switch (f.subject().kind()) {
        case SYSTEM -> Subject.SYSTEM;
        case INTEGRATION -> Subject.INTEGRATION;
        default -> Subject.OTHER;
      };
      findings.add(new Finding(subject, f.subject().id(), f.rule(), f.severity(), f.message()));
    }
    List<ChainView.Review> reviews = new ArrayList<>();
    for (ReviewItem r : result.reviews()) {
      reviews.add(new ChainView.Review(r.subject().toString(), r.rule(), r.title(), r.message()));
    }
    return new ChainView(required, id -> reasons(result, id), findings, reviews);
  }

  /** Why each non-zero level of one system is what it is, its trace in every language. */
  private static List<LocalizedText> reasons(PropagationResult result, String systemId) {
    List<LocalizedText> why = new ArrayList<>();
    result.system(systemId).ifPresent(s -> {
      for (SecurityAspect a : SecurityAspect.values()) {
        DerivedLevel d = s.level(a);
        if (d.level().ordinalLevel() > 0) {
          String level = d.level().ordinalLevel() + ": ";
          LocalizedText trace = d.trace().explanation();
          why.add(new LocalizedText(a.letter(Language.SWEDISH) + level + trace.sv(), a.letter(Language.NORWEGIAN_BOKMAL) + level + trace.nb(),
              a.letter(Language.ENGLISH) + level + trace.en()));
        }
      }
    });
    return why;
  }

  private static LocalizedText same(String text) {
    return new LocalizedText(text, text, text);
  }
}
