package io.github.trygg.core.propagation;

import io.github.trygg.core.classification.Levels;
import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.EntryRef;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.RecoveryObjectives;
import io.github.trygg.core.register.Register;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The reference the engine is checked against: every rule written as a plain equation over the
 * register's own objects, and the whole system of equations iterated from the bottom until nothing
 * changes (Kleene iteration: each round computes only from the previous round). Slow — a chain of
 * depth d needs d rounds over everything — but obviously faithful to the rules.
 */
final class NaiveFixpoint {
  /** A value with where it came from; compared by level (or duration), then by origin. */
  record Value(long measure, EntryRef origin) {}

  /** Larger is better: higher measure, then origin kind (asset, system, override), then smaller id. */
  static final Comparator<Value> ORDER = Comparator.comparingLong(Value::measure)
      .thenComparing(v -> v.origin().kind(), Comparator.comparingInt(NaiveFixpoint::rank).reversed())
      .thenComparing(v -> v.origin().id(), Comparator.reverseOrder());

  private static int rank(EntryKind kind) {
    return kind == EntryKind.ASSET ? 0 : kind == EntryKind.SYSTEM ? 1 : 2;
  }

  static Value better(Value a, Value b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return ORDER.compare(a, b) >= 0 ? a : b;
  }

  /** Per system id: required level per aspect (null = nothing). */
  final Map<String, Value[]> required = new TreeMap<>();
  final Map<String, Value[]> flows = new TreeMap<>();
  /** Clearance as a "weakness" measure 5 - level, so that larger is weaker. */
  final Map<String, Value[]> cleared = new TreeMap<>();
  /** Strictest objective as -seconds; worst capability as seconds. [0] downtime, [1] data loss. */
  final Map<String, Value[]> objectives = new TreeMap<>();
  final Map<String, Value[]> capabilities = new TreeMap<>();
  final Map<String, Value[]> flags = new TreeMap<>();
  int rounds;

  private final Map<String, InformationAsset> assets = new HashMap<>();
  private final Map<String, InformationSystem> systems = new LinkedHashMap<>();
  private final List<Integration> integrations = new ArrayList<>();
  private final List<Dependency> dependencies = new ArrayList<>();
  private final Map<String, LevelOverride> systemOverrides = new HashMap<>();
  private final Map<String, LevelOverride> flowOverrides = new HashMap<>();
  private final boolean passThrough;

  private NaiveFixpoint(Register r, boolean passThrough) {
    this.passThrough = passThrough;
    r.assets().forEach(a -> assets.putIfAbsent(a.id(), a));
    r.systems().forEach(s -> systems.putIfAbsent(s.id(), s));
    // Integrations count as listed (ids are unique in the registers generated here).
    Map<String, Integration> flowById = new LinkedHashMap<>();
    r.integrations().forEach(i -> flowById.putIfAbsent(i.id(), i));
    integrations.addAll(r.integrations());
    Map<String, Dependency> depById = new TreeMap<>();
    r.dependencies().forEach(d -> depById.putIfAbsent(d.id(), d));
    depById.values().stream().filter(d -> systems.containsKey(d.consumer()) && systems.containsKey(d.supplier())).forEach(dependencies::add);
    Map<String, LevelOverride> overrideById = new TreeMap<>();
    r.overrides().forEach(o -> overrideById.putIfAbsent(o.id(), o));
    for (LevelOverride o : overrideById.values()) {
      if (o.reason().isBlank() || o.approvedBy().isBlank() || o.evidence().isBlank()) {
        continue;
      }
      Map<String, LevelOverride> table = o.target().kind() == EntryKind.SYSTEM ? systemOverrides : flowOverrides;
      boolean exists = o.target().kind() == EntryKind.SYSTEM ? systems.containsKey(o.target().id()) : flowById.containsKey(o.target().id());
      if (!exists) {
        continue;
      }
      String key = o.target().id() + "#" + o.aspect().ordinal();
      LevelOverride old = table.get(key);
      if (old == null || old.level().compareTo(o.level()) < 0) {
        table.put(key, o);
      }
    }
  }

  static NaiveFixpoint run(Register register, DataForwarding forwarding) {
    NaiveFixpoint n = new NaiveFixpoint(register, forwarding == DataForwarding.PASS_THROUGH);
    n.solve();
    return n;
  }

  // ---- the equations ----------------------------------------------------------------------------

  private Value assetValue(String assetId, int aspect) {
    InformationAsset a = assets.get(assetId);
    return a == null ? null : new Value(a.levels().get(SecurityAspect.values()[aspect]).ordinal(), new EntryRef(EntryKind.ASSET, assetId));
  }

  private Value maxOver(List<String> assetIds, int aspect) {
    Value best = null;
    for (String id : assetIds) {
      best = better(best, assetValue(id, aspect));
    }
    return best;
  }

  private Value overrideValue(LevelOverride o) {
    return new Value(o.level().ordinal(), new EntryRef(EntryKind.OVERRIDE, o.id()));
  }

  private LevelOverride sealed(String system, int aspect) {
    return systemOverrides.get(system + "#" + aspect);
  }

  private LevelOverride flowOverride(Integration i, int aspect) {
    return flowOverrides.get(i.id() + "#" + aspect);
  }

  private boolean linked(Integration i) {
    return systems.containsKey(i.source()) && systems.containsKey(i.target());
  }

  /** R1/R2: the system's own assessment, its assets, and the assets on every flow it sends or receives. */
  private Value held(InformationSystem s, int aspect) {
    Value own = s.assessed().map(l -> new Value(l.get(SecurityAspect.values()[aspect]).ordinal(), s.ref())).orElse(null);
    own = better(own, maxOver(s.assetsStored(), aspect));
    own = better(own, maxOver(s.assetsProcessed(), aspect));
    Value v = null;
    for (Integration i : integrations) {
      if (!linked(i)) {
        continue;
      }
      LevelOverride o = flowOverride(i, aspect);
      if (i.source().equals(s.id())) {
        v = better(v, maxOver(i.assetsSent(), aspect));
        if (!i.assetsReceived().isEmpty()) {
          v = better(v, o != null ? overrideValue(o) : maxOver(i.assetsReceived(), aspect));
        }
      }
      if (i.target().equals(s.id())) {
        v = better(v, maxOver(i.assetsReceived(), aspect));
        if (!i.assetsSent().isEmpty()) {
          v = better(v, o != null ? overrideValue(o) : maxOver(i.assetsSent(), aspect));
        }
      }
    }
    // The system's own data keep a tie against what only passes over its flows.
    return v != null && (own == null || v.measure() > own.measure()) ? v : own;
  }

  private static boolean carriesData(Integration i, boolean back) {
    return !(back ? i.assetsReceived() : i.assetsSent()).isEmpty();
  }

  private void solve() {
    Map<String, Value[]> arrived = new HashMap<>();
    Map<String, Value[]> req = new HashMap<>();
    Map<String, Value[]> held = new HashMap<>();
    for (InformationSystem s : systems.values()) {
      Value[] h = new Value[4];
      for (int a = 0; a < 4; a++) {
        h[a] = held(s, a);
      }
      held.put(s.id(), h);
      arrived.put(s.id(), new Value[4]);
      req.put(s.id(), new Value[4]);
    }
    boolean changed = true;
    while (changed) {
      rounds++;
      changed = false;
      Map<String, Value[]> nextArrived = new HashMap<>();
      Map<String, Value[]> nextReq = new HashMap<>();
      for (InformationSystem s : systems.values()) {
        Value[] arr = new Value[4];
        Value[] r = new Value[4];
        for (int a = 0; a < 4; a++) {
          LevelOverride own = sealed(s.id(), a);
          if (own != null) {
            arr[a] = passThrough && (a == 0 || a == 3) ? overrideValue(own) : null;
            r[a] = overrideValue(own);
            continue;
          }
          if (passThrough && (a == 0 || a == 3)) {
            arr[a] = arrivedAt(s.id(), a, arrived);
          }
          Value h = held.get(s.id())[a];
          // What the system holds itself keeps a tie against what was passed on to it.
          Value v = arr[a] != null && (h == null || arr[a].measure() > h.measure()) ? arr[a] : h;
          for (Map.Entry<String, Integer> sup : supported(s.id(), a).entrySet()) {
            v = better(v, req.get(sup.getKey())[a]);
          }
          r[a] = v;
        }
        nextArrived.put(s.id(), arr);
        nextReq.put(s.id(), r);
        changed |= !java.util.Arrays.equals(arr, arrived.get(s.id())) || !java.util.Arrays.equals(r, req.get(s.id()));
      }
      arrived = nextArrived;
      req = nextReq;
    }
    required.putAll(req);
    for (Integration i : integrations) {
      Value[] v = new Value[4];
      for (int a = 0; a < 4; a++) {
        LevelOverride o = flowOverride(i, a);
        if (o != null) {
          v[a] = overrideValue(o);
          continue;
        }
        v[a] = better(maxOver(i.assetsSent(), a), maxOver(i.assetsReceived(), a));
        if (passThrough && (a == 0 || a == 3) && linked(i)) {
          if (carriesData(i, false)) {
            v[a] = better(v[a], arrived.get(i.source())[a]);
          }
          if (carriesData(i, true)) {
            v[a] = better(v[a], arrived.get(i.target())[a]);
          }
        }
      }
      flows.put(i.id(), v);
    }
    capabilitiesAndRecovery();
    flagsOf();
  }

  /** R3: what reaches a system over flows when systems pass on what they receive. */
  private Value arrivedAt(String id, int aspect, Map<String, Value[]> arrived) {
    Value v = null;
    for (Integration i : integrations) {
      if (!linked(i)) {
        continue;
      }
      for (boolean back : new boolean[] {false, true}) {
        String receiver = back ? i.source() : i.target();
        String sender = back ? i.target() : i.source();
        if (!receiver.equals(id) || !carriesData(i, back)) {
          continue;
        }
        LevelOverride o = flowOverride(i, aspect);
        if (o != null) {
          v = better(v, overrideValue(o));
          continue;
        }
        v = better(v, maxOver(back ? i.assetsReceived() : i.assetsSent(), aspect));
        LevelOverride senderOverride = sealed(sender, aspect);
        v = better(v, senderOverride != null ? overrideValue(senderOverride) : arrived.get(sender)[aspect]);
      }
    }
    return v;
  }

  /** The systems whose requirement a system must also meet for an aspect: hosted (R7), composites and consumers (R4). */
  private Map<String, Integer> supported(String id, int aspect) {
    Map<String, Integer> map = new TreeMap<>();
    for (InformationSystem s : systems.values()) {
      if (s.hostedOn().filter(id::equals).isPresent()) {
        map.put(s.id(), 1);
      }
      if ((aspect == 1 || aspect == 2) && s.components().contains(id)) {
        map.put(s.id(), 1);
      }
    }
    for (Dependency d : dependencies) {
      if (d.supplier().equals(id) && (aspect == 1 || aspect == 2) && d.aspects().contains(SecurityAspect.values()[aspect])) {
        map.put(d.consumer(), 1);
      }
    }
    return map;
  }

  // ---- R9, R10 ------------------------------------------------------------------------------------

  private void capabilitiesAndRecovery() {
    // What a system relies on: its platform and its components.
    Function<InformationSystem, List<String>> reliesOn = s -> {
      List<String> list = new ArrayList<>(s.components().stream().filter(systems::containsKey).toList());
      s.hostedOn().filter(systems::containsKey).ifPresent(list::add);
      return list;
    };
    Map<String, Value[]> clear = iterate(s -> {
      Value[] own = new Value[4];
      s.clearedFor().ifPresent(l -> {
        for (int a = 0; a < 4; a++) {
          own[a] = new Value(5 - l.get(SecurityAspect.values()[a]).ordinal(), s.ref());
        }
      });
      return own;
    }, reliesOn);
    cleared.putAll(clear);
    capabilities.putAll(iterate(s -> new Value[] {
        duration(s.recoveryCapability(), RecoveryObjectives::maxDowntime, s, false),
        duration(s.recoveryCapability(), RecoveryObjectives::maxDataLoss, s, false)}, reliesOn));
    // Objectives flow to what a system relies on: platform, components and suppliers.
    Map<String, List<String>[]> reliedOnBy = new HashMap<>();
    for (InformationSystem s : systems.values()) {
      reliedOnBy.put(s.id(), newLists());
    }
    for (InformationSystem s : systems.values()) {
      for (String p : reliesOn.apply(s)) {
        reliedOnBy.get(p)[0].add(s.id());
        reliedOnBy.get(p)[1].add(s.id());
      }
    }
    for (Dependency d : dependencies) {
      if (d.aspects().contains(SecurityAspect.AVAILABILITY)) {
        reliedOnBy.get(d.supplier())[0].add(d.consumer());
      }
      if (d.aspects().contains(SecurityAspect.AVAILABILITY) || d.aspects().contains(SecurityAspect.INTEGRITY)) {
        reliedOnBy.get(d.supplier())[1].add(d.consumer());
      }
    }
    Map<String, Value[]> obj = new HashMap<>();
    for (InformationSystem s : systems.values()) {
      obj.put(s.id(), new Value[] {
          duration(s.recoveryObjectives(), RecoveryObjectives::maxDowntime, s, true),
          duration(s.recoveryObjectives(), RecoveryObjectives::maxDataLoss, s, true)});
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Value[]> next = new HashMap<>();
      for (InformationSystem s : systems.values()) {
        Value[] v = new Value[2];
        for (int k = 0; k < 2; k++) {
          v[k] = duration(s.recoveryObjectives(), k == 0 ? RecoveryObjectives::maxDowntime : RecoveryObjectives::maxDataLoss, s, true);
          for (String c : reliedOnBy.get(s.id())[k]) {
            v[k] = better(v[k], obj.get(c)[k]);
          }
        }
        next.put(s.id(), v);
        changed |= !java.util.Arrays.equals(v, obj.get(s.id()));
      }
      obj = next;
    }
    objectives.putAll(obj);
  }

  @SuppressWarnings("unchecked")
  private static List<String>[] newLists() {
    return new List[] {new ArrayList<String>(), new ArrayList<String>()};
  }

  private static Value duration(Optional<RecoveryObjectives> r, Function<RecoveryObjectives, Optional<Duration>> field,
      InformationSystem s, boolean strictest) {
    return r.flatMap(field).map(d -> new Value(strictest ? -d.getSeconds() : d.getSeconds(), s.ref())).orElse(null);
  }

  /** Kleene iteration of {@code v[s] = best(own(s), v[t] for t in next(s))}. */
  private Map<String, Value[]> iterate(Function<InformationSystem, Value[]> own, Function<InformationSystem, List<String>> next) {
    Map<String, Value[]> val = new HashMap<>();
    for (InformationSystem s : systems.values()) {
      val.put(s.id(), own.apply(s));
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      Map<String, Value[]> step = new HashMap<>();
      for (InformationSystem s : systems.values()) {
        Value[] v = own.apply(s).clone();
        for (String t : next.apply(s)) {
          Value[] other = val.get(t);
          for (int k = 0; k < v.length; k++) {
            v[k] = better(v[k], other[k]);
          }
        }
        step.put(s.id(), v);
        changed |= !java.util.Arrays.equals(v, val.get(s.id()));
      }
      val = step;
    }
    return val;
  }

  // ---- R8 -----------------------------------------------------------------------------------------

  private static final List<Predicate<InformationAsset>> FLAGS = List.of(
      InformationAsset::personalData, InformationAsset::specialCategory, InformationAsset::criminalData,
      InformationAsset::nationalIdentityNumbers, InformationAsset::children);

  private Value flagOver(List<String> ids, int flag) {
    Value best = null;
    for (String id : ids) {
      InformationAsset a = assets.get(id);
      if (a != null && FLAGS.get(flag).test(a)) {
        best = better(best, new Value(1, new EntryRef(EntryKind.ASSET, id)));
      }
    }
    return best;
  }

  private void flagsOf() {
    Map<String, Value[]> base = new HashMap<>();
    for (InformationSystem s : systems.values()) {
      Value[] v = new Value[5];
      for (int f = 0; f < 5; f++) {
        v[f] = better(flagOver(s.assetsStored(), f), flagOver(s.assetsProcessed(), f));
        for (Integration i : integrations) {
          if (linked(i) && (i.source().equals(s.id()) || i.target().equals(s.id()))) {
            v[f] = better(v[f], better(flagOver(i.assetsSent(), f), flagOver(i.assetsReceived(), f)));
          }
        }
      }
      base.put(s.id(), v);
    }
    if (passThrough) {
      // What reaches a system over flows when everything received is passed on.
      Map<String, Value[]> arr = new HashMap<>();
      systems.keySet().forEach(id -> arr.put(id, new Value[5]));
      boolean changed = true;
      while (changed) {
        changed = false;
        Map<String, Value[]> next = new HashMap<>();
        for (InformationSystem s : systems.values()) {
          Value[] v = new Value[5];
          for (int f = 0; f < 5; f++) {
            for (Integration i : integrations) {
              if (linked(i) && i.target().equals(s.id()) && carriesData(i, false)) {
                v[f] = better(v[f], better(flagOver(i.assetsSent(), f), arr.get(i.source())[f]));
              }
              if (linked(i) && i.source().equals(s.id()) && carriesData(i, true)) {
                v[f] = better(v[f], better(flagOver(i.assetsReceived(), f), arr.get(i.target())[f]));
              }
            }
          }
          next.put(s.id(), v);
          changed |= !java.util.Arrays.equals(v, arr.get(s.id()));
        }
        arr.clear();
        arr.putAll(next);
      }
      for (InformationSystem s : systems.values()) {
        for (int f = 0; f < 5; f++) {
          base.get(s.id())[f] = better(base.get(s.id())[f], arr.get(s.id())[f]);
        }
      }
    }
    // A platform holds what its systems hold.
    flags.putAll(iterate(s -> base.get(s.id()), s -> systems.values().stream()
        .filter(h -> h.hostedOn().filter(s.id()::equals).isPresent()).map(InformationSystem::id).toList()));
  }

  static Levels levels(Value[] values) {
    return Levels.of(lv(values[0]), lv(values[1]), lv(values[2]), lv(values[3]));
  }

  private static int lv(Value v) {
    return v == null ? 0 : (int) v.measure();
  }
}
