package io.github.trygg.examples.cli;

import io.github.trygg.core.Language;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.requirements.ApplicableRequirement;
import io.github.trygg.examples.report.Labels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small formatting shared by the commands: levels, flags, wire names. */
final class Cells {
  private Cells() {}

  /** {@code 3 3 4 3}: confidentiality, integrity, availability, traceability. */
  static String levels(Levels levels) {
    StringBuilder sb = new StringBuilder();
    for (SecurityAspect a : SecurityAspect.values()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(levels.get(a).ordinalLevel());
    }
    return sb.toString();
  }

  static Map<String, Object> levelsJson(Levels levels) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (SecurityAspect a : SecurityAspect.values()) {
      m.put(wire(a), levels.get(a).ordinalLevel());
    }
    return m;
  }

  /** The enum's name as the data files write it: {@code PARTLY_MET} → {@code partly-met}. */
  static String wire(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static List<String> flagWires(InformationAsset a) {
    List<String> flags = new ArrayList<>();
    if (a.personalData()) {
      flags.add("personal-data");
    }
    if (a.specialCategory()) {
      flags.add("special-category");
    }
    if (a.criminalData()) {
      flags.add("criminal-data");
    }
    if (a.nationalIdentityNumbers()) {
      flags.add("national-identity-numbers");
    }
    if (a.children()) {
      flags.add("children");
    }
    return flags;
  }

  static String join(List<LocalizedText> texts, Language lang) {
    return String.join("; ", texts.stream().map(t -> t.in(lang)).toList());
  }

  static Map<String, Object> gapJson(ApplicableRequirement g, Language lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("requirement", g.requirement().id());
    m.put("aspect", wire(g.requirement().aspect()));
    m.put("aspectLevel", g.aspectLevel().ordinalLevel());
    m.put("status", wire(g.status()));
    m.put("text", g.requirement().text().in(lang));
    g.assessment().flatMap(a -> a.measure()).ifPresent(x -> m.put("measure", x));
    m.put("references", g.requirement().references().stream().map(r -> r.explain(lang)).toList());
    return m;
  }
}
