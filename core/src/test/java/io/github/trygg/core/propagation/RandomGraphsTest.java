package io.github.trygg.core.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.trygg.core.classification.AspectRating;
import io.github.trygg.core.classification.AssetClassification;
import io.github.trygg.core.classification.ConsequenceLevel;
import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.Register;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine against the naive fixpoint on a few hundred seeded random registers, in both
 * forwarding modes; traces that really are paths; the same result whatever the order of the
 * register; and monotonicity. Replay one case with {@code -Dtrygg.seed=<seed>}.
 */
class RandomGraphsTest {
  static final int CASES = 300;

  static Stream<Arguments> cases() {
    String given = System.getProperty("trygg.seed", "");
    long base = given.isBlank() ? new SplittableRandom().nextLong() : Long.parseLong(given.trim());
    return Stream.iterate(0, k -> k + 1).limit(given.isBlank() ? CASES : 1)
        .map(k -> Arguments.of(base + k * 0x9E3779B97F4A7C15L, DataForwarding.values()[k % 2]));
  }

  private static Register register(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    return RandomRegisters.generate(rnd, 2 + rnd.nextInt(40));
  }

  private static PropagationResult run(Register r, DataForwarding mode) {
    return Propagation.of(PropagationSettings.builder().forwarding(mode).build()).run(r);
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void engineEqualsTheNaiveFixpoint(long seed, DataForwarding mode) {
    Register r = register(seed);
    PropagationResult result = run(r, mode);
    NaiveFixpoint naive = NaiveFixpoint.run(r, mode);
    String where = "seed " + seed + " " + mode + " (replay with -Dtrygg.seed=" + seed + ")";
    for (SystemLevels s : result.systems()) {
      for (SecurityAspect a : SecurityAspect.values()) {
        NaiveFixpoint.Value expected = naive.required.get(s.id())[a.ordinal()];
        DerivedLevel actual = s.level(a);
        assertEquals(expected == null ? 0 : expected.measure(), actual.level().ordinal(), where + ": " + s.id() + " " + a);
        if (expected != null) {
          assertEquals(expected.origin(), actual.trace().origin(), where + ": origin of " + s.id() + " " + a);
        }
        NaiveFixpoint.Value cleared = naive.cleared.get(s.id())[a.ordinal()];
        assertEquals(Optional.ofNullable(cleared).map(v -> 5 - (int) v.measure()),
            s.clearedFor().map(l -> l.get(a).ordinal()), where + ": clearance of " + s.id() + " " + a);
        if (cleared != null) {
          assertEquals(cleared.origin(), s.clearance().get(a).origin(), where + ": weakest part of " + s.id());
        }
      }
      NaiveFixpoint.Value[] objectives = naive.objectives.get(s.id());
      NaiveFixpoint.Value[] capabilities = naive.capabilities.get(s.id());
      assertEquals(Optional.ofNullable(objectives[0]).map(v -> -v.measure()),
          s.recoveryObjectives().flatMap(o -> o.maxDowntime()).map(d -> d.getSeconds()), where + ": downtime objective of " + s.id());
      assertEquals(Optional.ofNullable(objectives[1]).map(v -> -v.measure()),
          s.recoveryObjectives().flatMap(o -> o.maxDataLoss()).map(d -> d.getSeconds()), where + ": data-loss objective of " + s.id());
      assertEquals(Optional.ofNullable(capabilities[0]).map(NaiveFixpoint.Value::measure),
          s.recoveryCapability().flatMap(o -> o.maxDowntime()).map(d -> d.getSeconds()), where + ": downtime capability of " + s.id());
      assertEquals(Optional.ofNullable(capabilities[1]).map(NaiveFixpoint.Value::measure),
          s.recoveryCapability().flatMap(o -> o.maxDataLoss()).map(d -> d.getSeconds()), where + ": data-loss capability of " + s.id());
      NaiveFixpoint.Value[] flags = naive.flags.get(s.id());
      for (PersonalDataFlag flag : PersonalDataFlag.values()) {
        assertEquals(flags[flag.ordinal()] != null, s.personalData().contains(flag), where + ": " + flag + " of " + s.id());
      }
    }
    for (FlowLevels f : result.flows()) {
      NaiveFixpoint.Value[] expected = naive.flows.get(f.id());
      for (SecurityAspect a : SecurityAspect.values()) {
        NaiveFixpoint.Value e = expected[a.ordinal()];
        assertEquals(e == null ? 0 : e.measure(), f.level(a).level().ordinal(), where + ": flow " + f.id() + " " + a);
        if (e != null) {
          assertEquals(e.origin(), f.level(a).trace().origin(), where + ": origin of flow " + f.id() + " " + a);
        }
      }
    }
  }

  /** Every trace starts where its origin is, moves only along real links, and ends at its subject. */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void everyTraceIsAPathThroughTheRegister(long seed, DataForwarding mode) {
    Register r = register(seed);
    PropagationResult result = run(r, mode);
    String where = "seed " + seed + " " + mode;
    for (SystemLevels s : result.systems()) {
      for (SecurityAspect a : SecurityAspect.values()) {
        checkPath(r, s.level(a), where, mode);
      }
    }
    for (FlowLevels f : result.flows()) {
      for (SecurityAspect a : SecurityAspect.values()) {
        checkPath(r, f.level(a), where, mode);
      }
    }
    for (Finding f : result.findings()) {
      List<TraceStep> steps = f.trace().steps();
      assertTrue(!steps.isEmpty(), where + ": empty trace for " + f.kind() + " " + f.subject());
    }
  }

  private static void checkPath(Register r, DerivedLevel level, String where, DataForwarding mode) {
    List<TraceStep> steps = level.trace().steps();
    String what = where + ": " + level.subject() + " " + level.aspect() + " " + level.trace();
    assertTrue(!steps.isEmpty(), what);
    assertEquals(level.subject(), steps.get(steps.size() - 1).entry(), what + ": must end at its subject");
    assertTrue(PropagationRules.RULE_IDS.contains(level.rule()), what);
    EntryRef origin = level.trace().origin();
    List<EntryRef> path = steps.stream().map(TraceStep::entry).collect(Collectors.toList());
    if (origin.kind() == EntryKind.OVERRIDE) {
      assertTrue(path.contains(origin), what + ": an overridden value names its override");
      return;
    }
    EntryRef first = path.get(0);
    if (level.level() != ConsequenceLevel.NONE || level.originAsset().isPresent()) {
      if (origin.kind() == EntryKind.SYSTEM) {
        assertEquals(origin, first, what + ": an assessed value starts at the system that assessed it");
      } else if (first.kind() == EntryKind.SYSTEM) {
        InformationSystem s = r.system(first.id()).orElseThrow();
        boolean holds = s.assetsStored().contains(origin.id()) || s.assetsProcessed().contains(origin.id())
            || r.integrations().stream().anyMatch(i -> i.source().equals(s.id()) && i.assetsSent().contains(origin.id())
                || i.target().equals(s.id()) && i.assetsReceived().contains(origin.id()));
        assertTrue(holds, what + ": the first system holds or sends the asset");
      }
    }
    for (int k = 1; k < path.size(); k++) {
      EntryRef prev = path.get(k - 1);
      EntryRef here = path.get(k);
      if (here.kind() == EntryKind.INTEGRATION) {
        Integration i = r.integration(here.id()).orElseThrow();
        if (mode == DataForwarding.AS_DECLARED && origin.kind() == EntryKind.ASSET) {
          assertTrue(i.assetsSent().contains(origin.id()) || i.assetsReceived().contains(origin.id()),
              what + ": as declared, every flow on the way names " + origin.id());
        }
        if (prev.kind() == EntryKind.SYSTEM) {
          assertTrue(i.source().equals(prev.id()) || i.target().equals(prev.id()), what + ": " + prev + " is an end of " + here);
        }
        if (k + 1 < path.size() && path.get(k + 1).kind() == EntryKind.SYSTEM) {
          String next = path.get(k + 1).id();
          assertTrue(i.source().equals(next) || i.target().equals(next), what + ": " + here + " reaches " + next);
        }
      } else if (here.kind() == EntryKind.SYSTEM && prev.kind() == EntryKind.SYSTEM) {
        InformationSystem from = r.system(prev.id()).orElseThrow();
        InformationSystem to = r.system(here.id()).orElseThrow();
        assertTrue(from.hostedOn().filter(here.id()::equals).isPresent() || from.components().contains(here.id())
            || to.components().contains(prev.id()), what + ": " + prev + " → " + here + " is hosting or composition");
      } else if (here.kind() == EntryKind.DEPENDENCY) {
        assertTrue(r.dependencies().stream().anyMatch(d -> d.id().equals(here.id()) && d.consumer().equals(prev.id())),
            what + ": " + prev + " is the consumer of " + here);
      }
    }
  }

  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void theOrderOfTheRegisterDoesNotMatter(long seed, DataForwarding mode) {
    Register r = register(seed);
    String expected = Rendering.render(run(r, mode));
    for (int k = 1; k <= 2; k++) {
      assertEquals(expected, Rendering.render(run(RandomRegisters.shuffled(r, seed + k), mode)), "seed " + seed + " " + mode + " shuffle " + k);
    }
  }

  /** Adding a flow or raising an asset never lowers any required level. */
  @ParameterizedTest(name = "seed {0} {1}")
  @MethodSource("cases")
  void addingAFlowOrRaisingAnAssetNeverLowersALevel(long seed, DataForwarding mode) {
    Register r = register(seed);
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<String> systemIds = r.systems().stream().map(InformationSystem::id).toList();
    Register more;
    String change;
    if (rnd.nextBoolean()) {
      Integration added = RandomRegisters.flow(rnd, "zz-added", systemIds, r.assets());
      more = Register.builder().from(r).addIntegrations(added).build();
      change = "added " + added.id() + " " + added.source() + " → " + added.target();
    } else {
      InformationAsset a = r.assets().get(rnd.nextInt(r.assets().size()));
      SecurityAspect aspect = SecurityAspect.values()[rnd.nextInt(4)];
      InformationAsset raised = raise(a, aspect);
      List<InformationAsset> assets = new ArrayList<>(r.assets());
      assets.set(assets.indexOf(a), raised);
      more = Register.builder().from(r).assets(assets).build();
      change = "raised " + a.id() + " " + aspect;
    }
    PropagationResult before = run(r, mode);
    PropagationResult after = run(more, mode);
    String where = "seed " + seed + " " + mode + " " + change;
    for (SystemLevels s : before.systems()) {
      Levels later = after.required(s.id()).orElseThrow();
      for (SecurityAspect a : SecurityAspect.values()) {
        if (later.get(a).compareTo(s.required().get(a)) < 0) {
          fail(where + ": " + s.id() + " " + a + " went from " + s.required().get(a) + " to " + later.get(a));
        }
      }
    }
    for (FlowLevels f : before.flows()) {
      Levels later = after.flow(f.id()).orElseThrow().required();
      for (SecurityAspect a : SecurityAspect.values()) {
        assertTrue(later.get(a).compareTo(f.required().get(a)) >= 0, where + ": flow " + f.id() + " " + a);
      }
    }
  }

  private static InformationAsset raise(InformationAsset a, SecurityAspect aspect) {
    ConsequenceLevel now = a.levels().get(aspect);
    ConsequenceLevel up = ConsequenceLevel.ofOrdinal(Math.min(4, now.ordinal() + 1));
    java.util.Map<SecurityAspect, AspectRating> ratings = new java.util.EnumMap<>(SecurityAspect.class);
    a.classification().ifPresent(old -> ratings.putAll(old.ratings()));
    ratings.put(aspect, AspectRating.builder().aspect(aspect).level(up).justification("raised").build());
    AssetClassification c = AssetClassification.builder().profileId("klassa-se").profileVersion("1").ratings(ratings).build();
    return InformationAsset.builder().from(a).classification(c).build();
  }
}
