package io.github.trygg.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.trygg.core.DataFormat;
import io.github.trygg.core.register.Register;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * On seeded random registers and plans a person has worked on: a plan reads back equal from YAML
 * and JSON and writes the same text again; merging a new analysis keeps every field a person wrote
 * and every item of their own, adds what is new, resolves what is gone and reopens what came back.
 * Replay one case with {@code -Dtrygg.seed=<seed>}.
 */
class ActionPlanPropertyTest {
  static final int CASES = 100;

  static Stream<Long> seeds() {
    String given = System.getProperty("trygg.seed", "");
    long base = given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
    return Stream.iterate(0, k -> k + 1).limit(given.isBlank() ? CASES : 1).map(k -> base + k * 0x9E3779B97F4A7C15L);
  }

  private static String replay(long seed) {
    return "seed " + seed + " (replay with -Dtrygg.seed=" + seed + ")";
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void roundTripsThroughYamlAndJson(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    ActionPlan plan = RandomPlans.workedOn(rnd, RandomPlans.proposals(rnd, RandomPlans.register(rnd)));
    for (DataFormat format : DataFormat.values()) {
      String text = plan.write(format);
      ActionPlan back = ActionPlan.read("plan." + format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), format);
      assertEquals(plan, back, replay(seed) + " " + format + ":\n" + text);
      assertEquals(text, back.write(format), replay(seed) + " " + format + ": not written the same again");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mergingNeverLosesWhatAPersonWrote(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Register first = RandomPlans.register(rnd);
    ActionPlan plan = RandomPlans.workedOn(rnd, RandomPlans.proposals(rnd, first));
    // The next analysis: another register, some proposals the same as before.
    List<ProposedItem> next = new java.util.ArrayList<>(RandomPlans.proposals(rnd, rnd.nextBoolean() ? first : RandomPlans.register(rnd)));
    PlanMerge merge = plan.merge(next, RandomPlans.TODAY);
    ActionPlan merged = merge.plan();
    String where = replay(seed);
    Set<String> proposed = new HashSet<>();
    next.forEach(p -> proposed.add(p.id()));
    for (ActionItem before : plan.items()) {
      ActionItem after = merged.item(before.id()).orElseThrow(() -> new AssertionError(where + ": item " + before.id() + " lost"));
      if (before.origin().kind() == OriginKind.MANUAL) {
        assertEquals(before, after, where + ": own item changed");
        continue;
      }
      assertEquals(before.owner(), after.owner(), where + ": owner of " + before.id());
      assertEquals(before.due(), after.due(), where + ": due of " + before.id());
      assertEquals(before.status(), after.status(), where + ": status of " + before.id());
      assertEquals(before.statusReason(), after.statusReason(), where);
      assertEquals(before.approvedBy(), after.approvedBy(), where);
      assertEquals(before.approvedOn(), after.approvedOn(), where);
      assertEquals(before.evidence(), after.evidence(), where);
      assertEquals(before.dependsOn(), after.dependsOn(), where);
      assertEquals(before.notes(), after.notes(), where);
      assertEquals(before.createdOn(), after.createdOn(), where);
      if (proposed.contains(before.id())) {
        assertTrue(after.resolvedOn().isEmpty(), where + ": " + before.id() + " is proposed again but still resolved");
        assertEquals(before.resolvedOn().isPresent(), merge.reopened().contains(before.id()), where + ": reopened " + before.id());
      } else {
        assertTrue(after.resolvedOn().isPresent(), where + ": " + before.id() + " is gone from the analysis but not resolved");
        assertEquals(before.resolvedOn().orElse(RandomPlans.TODAY), after.resolvedOn().get(), where + ": resolved date of " + before.id());
      }
    }
    for (ProposedItem p : next) {
      ActionItem item = merged.item(p.id()).orElseThrow(() -> new AssertionError(where + ": proposal " + p.id() + " missing"));
      if (plan.item(p.id()).isEmpty()) {
        assertTrue(merge.added().contains(p.id()), where);
        assertEquals(ActionStatus.OPEN, item.status(), where);
        assertTrue(item.due().isPresent(), where + ": new item without due date");
      }
      if (item.origin().kind() != OriginKind.MANUAL) {
        assertEquals(p.priority().priority(), item.priority(), where + ": priority of " + p.id());
      }
    }
    assertEquals(merged, merged.merge(next, RandomPlans.TODAY).plan(), where + ": a second merge of the same analysis changed the plan");
  }
}
