package io.github.trygg.core.dpia;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.Jurisdiction;
import io.github.trygg.core.LocalizedText;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import io.github.trygg.core.register.DataVolume;
import io.github.trygg.core.register.SystemFeature;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DPIA list and template files ⇄ {@link DpiaLists} and {@link WelfareTemplate}s. */
final class DpiaCodec {
  static final String LISTS_FORMAT = "trygg-dpia-lists/1";
  static final String TEMPLATES_FORMAT = "trygg-dpia-templates/1";
  /** Facts without a value that screening inputs and list items may name. */
  private static final Set<String> PLAIN_FACTS = Set.of("special-category", "criminal-data", "children", "national-identity-numbers", "public-area");

  private DpiaCodec() {}

  static @Nullable DpiaLists readLists(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "version", "sources", "criteria", "mandatoryCases", "nationalItems");
    DpiaLists.Builder b = DpiaLists.builder().version(Texts.nonBlank(o, "version", p)).sources(Texts.references(o, "sources", p));
    Set<String> criteria = new LinkedHashSet<>();
    List<SourceObject> items = o.objects("criteria", p);
    for (int i = 0; i < items.size(); i++) {
      SourceObject c = items.get(i);
      c.allowOnly(p, "id", "label", "description", "references");
      String id = Texts.id(c, "id", p);
      if (!criteria.add(id)) {
        p.add("duplicate-id", c.keyLocation("id"), "criterion '" + id + "' appears twice", "unique criterion ids");
      }
      b.addCriteria(new DpiaCriterion(id, i + 1, Texts.requireText(c, "label", p), Texts.requireText(c, "description", p), Texts.references(c, "references", p)));
    }
    Set<String> itemIds = new HashSet<>();
    for (SourceObject item : o.objects("mandatoryCases", p)) {
      listItem(item, false, criteria, itemIds, p).ifPresent(b::addMandatoryCases);
    }
    for (SourceObject item : o.objects("nationalItems", p)) {
      listItem(item, true, criteria, itemIds, p).ifPresent(b::addNationalItems);
    }
    return p.isEmpty() ? b.build() : null;
  }

  private static Optional<ListItem> listItem(SourceObject o, boolean national, Set<String> criteria, Set<String> ids, Problems p) {
    o.allowOnly(p, "id", "jurisdiction", "label", "when", "minCriteria", "references");
    String id = Texts.id(o, "id", p);
    if (!ids.add(id)) {
      p.add("duplicate-id", o.keyLocation("id"), "list item '" + id + "' appears twice", "unique ids");
    }
    ListItem.Builder b = ListItem.builder().id(id).label(Texts.requireText(o, "label", p)).references(Texts.references(o, "references", p));
    if (national) {
      o.requireEnum("jurisdiction", Jurisdiction.class, p).ifPresent(b::jurisdiction);
    } else if (o.has("jurisdiction")) {
      p.add("unexpected-property", o.keyLocation("jurisdiction"), "an Art. 35(3) case applies in every jurisdiction", "no 'jurisdiction'");
    }
    o.optionalLong("minCriteria", 1, 9, p).ifPresent(n -> b.minCriteria(n.intValue()));
    o.list("when", p, group -> Optional.of(facts(group, criteria, p))).forEach(b::addWhen);
    if (!o.has("when") && !o.has("minCriteria")) {
      p.add("missing-property", o.location(), "list item '" + id + "' can never match", "'when' or 'minCriteria'");
    }
    if (o.objects("references", new Problems()).isEmpty()) {
      p.add("missing-reference", o.location(), "list item '" + id + "' cites nothing", "at least one reference with its status");
    }
    return p.isEmpty() ? Optional.of(b.build()) : Optional.empty();
  }

  private static Set<String> facts(SourceNode group, Set<String> criteria, Problems p) {
    Set<String> facts = new LinkedHashSet<>();
    if (!(group instanceof SourceArray array)) {
      p.add("wrong-type", group.location(), "a 'when' group is " + group.kind(), "an array of facts");
      return facts;
    }
    for (SourceNode node : array.elements()) {
      SourceObject.asString(node, p).ifPresent(fact -> {
        String problem = checkFact(fact, criteria);
        if (!problem.isEmpty()) {
          p.add("unknown-fact", node.location(), problem, "criterion:<id>, data:<category>, subject:<category>, feature:<feature>, volume:<volume> or one of "
              + String.join(", ", PLAIN_FACTS));
        }
        facts.add(fact);
      });
    }
    return facts;
  }

  /** Empty when the fact is one screening can know; otherwise what is wrong with it. */
  static String checkFact(String fact, Set<String> criteria) {
    if (PLAIN_FACTS.contains(fact)) {
      return "";
    }
    int colon = fact.indexOf(':');
    String kind = colon < 0 ? fact : fact.substring(0, colon);
    String value = colon < 0 ? "" : fact.substring(colon + 1);
    switch (kind) {
      case "criterion":
        return criteria.contains(value) ? "" : "no criterion '" + value + "'";
      case "feature":
        return WireNames.parse(value, SystemFeature.class).isPresent() ? "" : "no system feature '" + value + "'";
      case "volume":
        return WireNames.parse(value, DataVolume.class).isPresent() ? "" : "no volume '" + value + "'";
      case "data":
      case "subject":
        return value.matches("[a-z0-9-]+") ? "" : "'" + value + "' is not a category";
      default:
        return "unknown fact '" + fact + "'";
    }
  }

  static @Nullable List<WelfareTemplate> readTemplates(SourceObject o, Problems p, DpiaLists lists) {
    o.allowOnly(p, "format", "version", "templates");
    Texts.nonBlank(o, "version", p);
    Set<String> criteria = new HashSet<>();
    lists.criteria().forEach(c -> criteria.add(c.id()));
    List<WelfareTemplate> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (SourceObject t : o.objects("templates", p)) {
      t.allowOnly(p, "id", "label", "criteria", "facts", "notes", "jurisdictionNotes", "references");
      String id = Texts.id(t, "id", p);
      if (!ids.add(id)) {
        p.add("duplicate-id", t.keyLocation("id"), "template '" + id + "' appears twice", "unique template ids");
      }
      WelfareTemplate.Builder b = WelfareTemplate.builder().id(id).label(Texts.requireText(t, "label", p)).references(Texts.references(t, "references", p));
      SourceObject cs = t.requireObject("criteria", p);
      for (Map.Entry<String, SourceNode> e : cs.members().entrySet()) {
        if (!criteria.contains(e.getKey())) {
          p.add("unknown-criterion", cs.keyLocation(e.getKey()), "no criterion '" + e.getKey() + "'", "one of: " + String.join(", ", criteria));
        }
        SourceObject.asObject(e.getValue(), p).ifPresent(text -> b.putCriteria(e.getKey(), Texts.text(text, p)));
      }
      t.optionalObject("facts", p).ifPresent(fs -> {
        for (Map.Entry<String, SourceNode> e : fs.members().entrySet()) {
          String problem = checkFact(e.getKey(), criteria);
          if (!problem.isEmpty()) {
            p.add("unknown-fact", fs.keyLocation(e.getKey()), problem, "a fact screening can know");
          }
          SourceObject.asObject(e.getValue(), p).ifPresent(text -> b.putFacts(e.getKey(), Texts.text(text, p)));
        }
      });
      for (SourceObject note : t.objects("notes", p)) {
        b.addNotes(Texts.text(note, p));
      }
      t.optionalObject("jurisdictionNotes", p).ifPresent(js -> {
        Map<Jurisdiction, List<LocalizedText>> notes = new LinkedHashMap<>();
        for (String key : js.members().keySet()) {
          Optional<Jurisdiction> j = WireNames.parse(key, Jurisdiction.class);
          if (j.isEmpty()) {
            p.add("unknown-value", js.keyLocation(key), "unknown jurisdiction '" + key + "'", WireNames.choices(Jurisdiction.class));
            continue;
          }
          notes.put(j.get(), js.objects(key, p).stream().map(n -> Texts.text(n, p)).toList());
        }
        b.jurisdictionNotes(notes);
      });
      if (cs.members().size() < 2) {
        p.add("too-few-criteria", t.keyLocation("criteria"), "template '" + id + "' names " + cs.members().size() + " criteria",
            "two or more: a welfare-technology template defaults to a DPIA");
      }
      if (p.isEmpty()) {
        out.add(b.build());
      }
    }
    return p.isEmpty() ? List.copyOf(out) : null;
  }
}
