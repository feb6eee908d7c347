package io.github.trygg.core.plan;

import org.jspecify.annotations.Nullable;
import io.github.trygg.core.Language;
import io.github.trygg.core.internal.data.Texts;
import io.github.trygg.core.internal.json.Problems;
import io.github.trygg.core.internal.json.SourceArray;
import io.github.trygg.core.internal.json.SourceNode;
import io.github.trygg.core.internal.json.SourceObject;
import io.github.trygg.core.internal.json.WireNames;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Action-plan files ⇄ {@link ActionPlan}; writing gives the canonical form that reads back equal. */
final class ActionPlanCodec {
  private static final String[] ITEM = {
    "id", "title", "origin", "priority", "priorityReason", "owner", "due", "status", "statusReason", "approvedBy", "approvedOn",
    "evidence", "dependsOn", "notes", "createdOn", "resolvedOn"
  };

  private ActionPlanCodec() {}

  static @Nullable ActionPlan read(SourceObject o, Problems p) {
    o.allowOnly(p, "format", "language", "items");
    ActionPlan.Builder plan = ActionPlan.builder();
    o.optionalString("language", p).ifPresent(tag -> {
      try {
        plan.language(Language.fromTag(tag));
      } catch (IllegalArgumentException e) {
        p.add("unknown-value", o.keyLocation("language"), "unknown language '" + tag + "'", "sv, nb or en");
      }
    });
    List<SourceObject> sources = o.objects("items", p);
    Set<String> ids = new HashSet<>();
    List<ActionItem> items = new ArrayList<>();
    for (SourceObject s : sources) {
      String id = Texts.nonBlank(s, "id", p);
      if (s.has("id") && !ids.add(id)) {
        p.add("duplicate-id", s.keyLocation("id"), "item '" + id + "' appears twice", "unique item ids");
      }
    }
    for (SourceObject s : sources) {
      int before = p.size();
      s.allowOnly(p, ITEM);
      ActionItem.Builder b = ActionItem.builder()
          .id(s.optionalString("id", p).orElse(""))
          .title(Texts.nonBlank(s, "title", p))
          .location(s.location());
      s.optionalObject("origin", p).ifPresent(origin -> {
        origin.allowOnly(p, "kind", "rule", "subject");
        OriginKind kind = origin.requireEnum("kind", OriginKind.class, p).orElse(OriginKind.MANUAL);
        b.origin(new ItemOrigin(kind, origin.optionalString("rule", p).orElse(""), origin.optionalString("subject", p)));
      });
      s.requireEnum("priority", Priority.class, p).ifPresent(b::priority);
      s.optionalString("priorityReason", p).ifPresent(b::priorityReason);
      s.optionalString("owner", p).ifPresent(b::owner);
      s.optionalDate("due", p).ifPresent(b::due);
      ActionStatus status = s.optionalEnum("status", ActionStatus.class, p).orElse(ActionStatus.OPEN);
      b.status(status);
      s.optionalString("statusReason", p).ifPresent(b::statusReason);
      s.optionalString("approvedBy", p).ifPresent(b::approvedBy);
      s.optionalDate("approvedOn", p).ifPresent(b::approvedOn);
      int evidence = 0;
      for (SourceObject e : s.objects("evidence", p)) {
        evidence++;
        e.allowOnly(p, "reference", "fingerprint");
        String reference = Texts.nonBlank(e, "reference", p);
        Optional<String> fingerprint = e.optionalString("fingerprint", p);
        if (fingerprint.isPresent() && !fingerprint.get().matches("sha256:[0-9a-f]{64}")) {
          p.add("bad-fingerprint", e.keyLocation("fingerprint"), "not a SHA-256 fingerprint", "sha256: and 64 lower-case hex digits");
        } else if (!reference.isBlank()) {
          b.addEvidence(new Evidence(reference, fingerprint));
        }
      }
      b.dependsOn(s.strings("dependsOn", p));
      if (s.get("dependsOn").orElse(null) instanceof SourceArray array) {
        for (SourceNode n : array.elements()) {
          SourceObject.asString(n, new Problems()).filter(d -> !ids.contains(d)).ifPresent(d -> p.add("dangling-reference", n.location(),
              "depends on '" + d + "', which the plan does not hold", "the id of an item in the plan"));
        }
      }
      s.optionalString("notes", p).ifPresent(b::notes);
      s.optionalDate("createdOn", p).ifPresent(b::createdOn);
      s.optionalDate("resolvedOn", p).ifPresent(b::resolvedOn);
      if (status == ActionStatus.DONE && evidence == 0) {
        p.add("done-without-evidence", s.keyLocation("status"), "item '" + s.optionalString("id", p).orElse("?") + "' is done but shows no evidence",
            "evidence: a link or a file reference");
      }
      if (status == ActionStatus.ACCEPTED_AS_IS) {
        if (!s.has("approvedBy")) {
          p.add("accepted-without-approver", s.keyLocation("status"), "item accepted as is without an approver", "approvedBy: who decided");
        }
        if (!s.has("statusReason")) {
          p.add("accepted-without-reason", s.keyLocation("status"), "item accepted as is without a reason", "statusReason: why it is left as is");
        }
      }
      if (p.size() == before) {
        items.add(b.build());
      }
    }
    plan.items(items);
    return p.isEmpty() ? plan.build() : null;
  }

  /** What makes a plan inconsistent in itself; empty when it is consistent. */
  static List<String> consistency(ActionPlan plan) {
    List<String> wrong = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (ActionItem i : plan.items()) {
      if (!ids.add(i.id())) {
        wrong.add("item '" + i.id() + "' appears twice");
      }
    }
    for (ActionItem i : plan.items()) {
      i.dependsOn().stream().filter(d -> !ids.contains(d)).forEach(d -> wrong.add("item '" + i.id() + "' depends on unknown item '" + d + "'"));
      if (i.status() == ActionStatus.DONE && i.evidence().isEmpty()) {
        wrong.add("item '" + i.id() + "' is done without evidence");
      }
      if (i.status() == ActionStatus.ACCEPTED_AS_IS && (i.approvedBy().isEmpty() || i.statusReason().isEmpty())) {
        wrong.add("item '" + i.id() + "' is accepted as is without a reason and an approver");
      }
    }
    return wrong;
  }

  // ---- writing ----------------------------------------------------------------------------------

  static Map<String, Object> write(ActionPlan plan) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", ActionPlan.FORMAT);
    root.put("language", plan.language().tag());
    List<Object> items = new ArrayList<>();
    for (ActionItem i : plan.items()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", i.id());
      m.put("title", i.title());
      if (i.origin().kind() != OriginKind.MANUAL || !i.origin().rule().isEmpty() || i.origin().subject().isPresent()) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("kind", WireNames.of(i.origin().kind()));
        if (!i.origin().rule().isEmpty()) {
          o.put("rule", i.origin().rule());
        }
        i.origin().subject().ifPresent(s -> o.put("subject", s));
        m.put("origin", o);
      }
      m.put("priority", WireNames.of(i.priority()));
      i.priorityReason().ifPresent(v -> m.put("priorityReason", v));
      i.owner().ifPresent(v -> m.put("owner", v));
      i.due().ifPresent(v -> m.put("due", v.toString()));
      m.put("status", WireNames.of(i.status()));
      i.statusReason().ifPresent(v -> m.put("statusReason", v));
      i.approvedBy().ifPresent(v -> m.put("approvedBy", v));
      i.approvedOn().ifPresent(v -> m.put("approvedOn", v.toString()));
      if (!i.evidence().isEmpty()) {
        List<Object> evidence = new ArrayList<>();
        for (Evidence e : i.evidence()) {
          Map<String, Object> em = new LinkedHashMap<>();
          em.put("reference", e.reference());
          e.fingerprint().ifPresent(f -> em.put("fingerprint", f));
          evidence.add(em);
        }
        m.put("evidence", evidence);
      }
      if (!i.dependsOn().isEmpty()) {
        m.put("dependsOn", i.dependsOn());
      }
      i.notes().ifPresent(v -> m.put("notes", v));
      i.createdOn().map(LocalDate::toString).ifPresent(v -> m.put("createdOn", v));
      i.resolvedOn().map(LocalDate::toString).ifPresent(v -> m.put("resolvedOn", v));
      items.add(m);
    }
    root.put("items", items);
    return root;
  }
}
