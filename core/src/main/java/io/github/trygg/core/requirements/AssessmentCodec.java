package io.github.trygg.core.requirements;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Files of the organisation's measures and self-assessments ⇄ assessments per system. */
final class AssessmentCodec {
  static final String FORMAT = "trygg-requirement-assessments/1";

  private AssessmentCodec() {}

  static @Nullable Map<String, List<RequirementAssessment>> read(SourceObject o, Problems p, RequirementCatalogue catalogue) {
    o.allowOnly(p, "format", "catalogue", "systems");
    o.optionalString("catalogue", p).ifPresent(ref -> {
      String expected = catalogue.id() + "@" + catalogue.version();
      if (!ref.equals(expected)) {
        p.add("other-catalogue", o.keyLocation("catalogue"), "the assessments were made against catalogue '" + ref + "'", expected);
      }
    });
    Map<String, List<RequirementAssessment>> out = new LinkedHashMap<>();
    Set<String> systems = new HashSet<>();
    for (SourceObject s : o.objects("systems", p)) {
      s.allowOnly(p, "system", "assessments");
      String system = Texts.nonBlank(s, "system", p);
      if (!systems.add(system)) {
        p.add("duplicate-id", s.keyLocation("system"), "system '" + system + "' appears twice", "one entry per system");
      }
      List<RequirementAssessment> list = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (SourceObject a : s.objects("assessments", p)) {
        a.allowOnly(p, "requirement", "status", "measure", "assessedBy", "assessedOn");
        String id = Texts.nonBlank(a, "requirement", p);
        if (a.has("requirement") && catalogue.requirement(id).isEmpty()) {
          p.add("unknown-requirement", a.keyLocation("requirement"), "no requirement '" + id + "' in catalogue " + catalogue.id(), "a requirement id of the catalogue");
        }
        if (!seen.add(id)) {
          p.add("duplicate-id", a.keyLocation("requirement"), "requirement '" + id + "' is assessed twice for '" + system + "'", "one assessment per requirement");
        }
        RequirementAssessment.Builder b = RequirementAssessment.builder().requirementId(id)
            .status(a.requireEnum("status", ImplementationStatus.class, p).orElse(ImplementationStatus.NOT_ASSESSED));
        a.optionalString("measure", p).ifPresent(b::measure);
        a.optionalString("assessedBy", p).ifPresent(b::assessedBy);
        a.optionalDate("assessedOn", p).ifPresent(b::assessedOn);
        list.add(b.build());
      }
      out.put(system, List.copyOf(list));
    }
    return p.isEmpty() ? out : null;
  }

  static Map<String, Object> write(Map<String, List<RequirementAssessment>> assessments, RequirementCatalogue catalogue) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("catalogue", catalogue.id() + "@" + catalogue.version());
    List<Object> systems = new ArrayList<>();
    assessments.forEach((system, list) -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("system", system);
      List<Object> items = new ArrayList<>();
      for (RequirementAssessment a : list) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("requirement", a.requirementId());
        m.put("status", WireNames.of(a.status()));
        a.measure().ifPresent(x -> m.put("measure", x));
        a.assessedBy().ifPresent(x -> m.put("assessedBy", x));
        a.assessedOn().ifPresent(x -> m.put("assessedOn", x.toString()));
        items.add(m);
      }
      s.put("assessments", items);
      systems.add(s);
    });
    root.put("systems", systems);
    return root;
  }
}
