package io.github.trygg.core.records;

import io.github.trygg.core.Language;
import io.github.trygg.core.LegalReference;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.json.Format;
import io.github.trygg.core.internal.json.TreeWriter;
import io.github.trygg.core.internal.json.WireNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Markdown and JSON forms of a {@link DraftDocument}. */
final class DraftRendering {
  private static final LocalizedText MISSING = new LocalizedText("Saknas i registret", "Mangler i registeret", "Missing from the register");
  private static final LocalizedText NEEDED = new LocalizedText("behövs", "trengs", "needed");
  private static final LocalizedText NONE = new LocalizedText("Inget registrerat", "Ingenting registrert", "None recorded");
  private static final LocalizedText GAPS = new LocalizedText("Att komplettera", "Må fylles ut", "To be completed");
  private static final LocalizedText BASED_ON = new LocalizedText("Källa i registret", "Kilde i registeret", "Register source");
  private static final LocalizedText GENERATED = new LocalizedText("Utkast genererat från systemförteckningen", "Utkast generert fra systemoversikten", "Draft generated from the system register");

  private DraftRendering() {}

  static String markdown(DraftDocument doc, Language lang) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(doc.title().in(lang)).append("\n\n");
    md.append('_').append(GENERATED.in(lang)).append(", ").append(doc.generatedOn()).append("._\n");
    for (DraftSection section : doc.sections()) {
      md.append("\n## ").append(section.title().in(lang)).append('\n');
      section.reference().ifPresent(r -> md.append('\n').append('_').append(r.explain(lang)).append("_\n"));
      md.append('\n');
      for (DraftItem item : section.items()) {
        md.append("- **").append(item.label().in(lang)).append("**");
        item.reference().ifPresent(r -> md.append(" (").append(r).append(')'));
        md.append(": ");
        if (item.missing().isPresent()) {
          md.append('_').append(MISSING.in(lang)).append(" — ").append(NEEDED.in(lang)).append(": ").append(item.missing().get().in(lang)).append("_");
        } else if (item.values().isEmpty()) {
          md.append(NONE.in(lang));
        } else if (item.values().size() == 1) {
          md.append(escape(item.values().get(0).in(lang)));
        } else {
          for (LocalizedText value : item.values()) {
            md.append("\n  - ").append(escape(value.in(lang)));
          }
        }
        if (!item.sources().isEmpty() && item.missing().isEmpty()) {
          md.append(item.values().size() > 1 ? "\n  " : " ").append("<sub>").append(BASED_ON.in(lang)).append(": ");
          md.append(String.join(", ", item.sources().stream().map(r -> r.label(lang)).toList())).append("</sub>");
        }
        md.append('\n');
      }
    }
    List<DraftDocument.Gap> gaps = doc.missing();
    if (!gaps.isEmpty()) {
      md.append("\n## ").append(GAPS.in(lang)).append("\n\n");
      for (DraftDocument.Gap gap : gaps) {
        md.append("- ").append(gap.sectionId()).append(" · ").append(gap.item().label().in(lang)).append(": ")
            .append(gap.item().missing().orElseThrow().in(lang)).append('\n');
      }
    }
    return md.toString();
  }

  static String json(DraftDocument doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", WireNames.of(doc.documentKind()));
    out.put("subject", doc.subject());
    out.put("title", text(doc.title()));
    out.put("generatedOn", doc.generatedOn().toString());
    List<Object> sections = new ArrayList<>();
    for (DraftSection section : doc.sections()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", section.id());
      s.put("title", text(section.title()));
      section.reference().ifPresent(r -> {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("citation", r.citation());
        ref.put("kind", WireNames.of(r.kind()));
        ref.put("verification", WireNames.of(r.status()));
        r.link().ifPresent(u -> ref.put("url", u));
        s.put("reference", ref);
      });
      List<Object> items = new ArrayList<>();
      for (DraftItem item : section.items()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("key", item.key());
        i.put("label", text(item.label()));
        item.reference().ifPresent(r -> i.put("reference", r));
        i.put("values", item.values().stream().map(DraftRendering::value).toList());
        i.put("sources", item.sources().stream().map(Object::toString).toList());
        item.missing().ifPresent(m -> i.put("missing", text(m)));
        items.add(i);
      }
      s.put("items", items);
      sections.add(s);
    }
    out.put("sections", sections);
    out.put("missingCount", doc.missing().size());
    return TreeWriter.write(out, Format.JSON);
  }

  private static Map<String, Object> text(LocalizedText t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("sv", t.sv());
    m.put("nb", t.nb());
    m.put("en", t.en());
    return m;
  }

  /** Register text is the same in every language; write it once. */
  private static Object value(LocalizedText t) {
    return t.sv().equals(t.nb()) && t.sv().equals(t.en()) ? t.en() : text(t);
  }

  /** Register text must not turn into Markdown structure. */
  private static String escape(String value) {
    return value.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace("\n", " ");
  }
}
