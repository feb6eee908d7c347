package io.github.trygg.core.requirements;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.internal.data.Citations;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceObject;
import java.util.HashSet;
import java.util.Set;

/** Catalogue files ⇄ {@link RequirementCatalogue}. */
final class RequirementCodec {
  static final String FORMAT = "trygg-requirement-catalogue/1";

  private RequirementCodec() {}

  static @Nullable RequirementCatalogue read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "id", "version", "title", "sources", "areas", "requirements");
    RequirementCatalogue.Builder b = RequirementCatalogue.builder()
        .id(Texts.id(o, "id", p))
        .version(Texts.nonBlank(o, "version", p))
        .title(Texts.requireText(o, "title", p))
        .sources(Texts.references(o, "sources", p));
    Set<String> areas = Texts.labelled(o, "areas", p, (id, label) -> b.addAreas(new RequirementArea(id, label)));
    Set<String> ids = new HashSet<>();
    for (SourceObject r : o.objects("requirements", p)) {
      r.allowOnly(p, "id", "scope", "area", "aspect", "minimumLevel", "conditions", "text", "procurement", "references");
      String id = Texts.id(r, "id", p);
      if (!ids.add(id)) {
        p.add("duplicate-id", r.keyLocation("id"), "requirement '" + id + "' appears twice", "unique requirement ids");
      }
      String area = r.requireString("area", p);
      if (r.has("area") && !areas.contains(area)) {
        p.add("unknown-reference", r.keyLocation("area"), "no area '" + area + "'", "one of: " + String.join(", ", areas));
      }
      Requirement.Builder rb = Requirement.builder().id(id).area(area)
          .text(Texts.requireText(r, "text", p))
          .procurement(Texts.requireText(r, "procurement", p))
          .references(Texts.references(r, "references", p))
          .conditions(r.enums("conditions", RequirementCondition.class, p))
          .scope(Citations.requireScope(r, "scope", p));
      r.requireEnum("aspect", SecurityAspect.class, p).ifPresent(rb::aspect);
      if (!r.has("minimumLevel")) {
        p.add("missing-property", r.location(), "missing required property 'minimumLevel'", "a level 0–3");
      }
      r.optionalLong("minimumLevel", 0, 3, p).ifPresent(l -> rb.minimumLevel(ConsequenceLevel.ofOrdinal(l.intValue())));
      if (!r.has("references") || r.objects("references", new Problems()).isEmpty()) {
        p.add("missing-reference", r.location(), "requirement '" + id + "' cites nothing", "at least one reference (ISO/IEC 27002 control, HSLF-FS section or GDPR article)");
      }
      if (p.isEmpty()) {
        b.addRequirements(rb.build());
      }
    }
    return p.isEmpty() ? b.build() : null;
  }
}
