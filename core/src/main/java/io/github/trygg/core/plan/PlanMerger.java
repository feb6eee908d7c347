package io.github.trygg.core.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The merge rules of {@link ActionPlan#merge}; only analysis-owned fields are ever written. */
final class PlanMerger {
  private PlanMerger() {}

  static PlanMerge merge(ActionPlan plan, Collection<ProposedItem> proposals, LocalDate today) {
    Map<String, ProposedItem> byId = new LinkedHashMap<>();
    for (ProposedItem p : proposals) {
      byId.putIfAbsent(p.id(), p);
    }
    List<ActionItem> items = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    List<String> reopened = new ArrayList<>();
    java.util.Set<String> known = new java.util.HashSet<>();
    for (ActionItem item : plan.items()) {
      known.add(item.id());
      if (item.origin().kind() == OriginKind.MANUAL) {
        items.add(item);
        continue;
      }
      ProposedItem p = byId.get(item.id());
      if (p == null) {
        if (item.resolvedOn().isEmpty()) {
          resolved.add(item.id());
          items.add(ActionItem.builder().from(item).resolvedOn(today).build());
        } else {
          items.add(item);
        }
        continue;
      }
      ActionItem.Builder b = ActionItem.builder().from(item)
          .title(p.title().in(plan.language()))
          .origin(p.origin())
          .priority(p.priority().priority())
          .priorityReason(p.priority().explanation().in(plan.language()));
      if (item.resolvedOn().isPresent()) {
        reopened.add(item.id());
        b.resolvedOn(java.util.Optional.empty());
      }
      items.add(b.build());
    }
    List<String> added = new ArrayList<>();
    for (ProposedItem p : byId.values()) {
      if (known.contains(p.id())) {
        continue;
      }
      added.add(p.id());
      items.add(ActionItem.builder()
          .id(p.id())
          .title(p.title().in(plan.language()))
          .origin(p.origin())
          .priority(p.priority().priority())
          .priorityReason(p.priority().explanation().in(plan.language()))
          .owner(p.owner())
          .due(p.due().orElse(p.priority().priority().dueFrom(today)))
          .createdOn(today)
          .build());
    }
    ActionPlan merged = ActionPlan.builder().language(plan.language()).items(items).build();
    return new PlanMerge(merged, added, resolved, reopened);
  }
}
