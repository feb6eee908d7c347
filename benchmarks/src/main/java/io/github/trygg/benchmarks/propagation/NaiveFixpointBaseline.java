package io.github.trygg.benchmarks.propagation;

import io.github.trygg.core.classification.SecurityAspect;
import io.github.trygg.core.register.Dependency;
import io.github.trygg.core.register.EntryKind;
import io.github.trygg.core.register.InformationAsset;
import io.github.trygg.core.register.InformationSystem;
import io.github.trygg.core.register.Integration;
import io.github.trygg.core.register.LevelOverride;
import io.github.trygg.core.register.Register;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: the same rules for required levels (R1–R4, R6, R7), solved the textbook way — apply
 * every rule to every system and flow, round after round, each round computing only from the
 * previous one, until nothing changes. It works on the same int-indexed arrays as the engine, so
 * the comparison is of the algorithms, not of the data structures: a chain of depth d costs d
 * rounds over the whole graph, where the engine relaxes each edge once.
 *
 * <p>Values are packed like the engine's (level, then the smallest origin), so the results can
 * be compared one for one.
 */
public final class NaiveFixpointBaseline {
  /** Required level keys per aspect: systems in id order, flows in register order. */
  public final long[][] systems;
  public final long[][] flows;
  public final String[] systemIds;
  public final int rounds;

  private NaiveFixpointBaseline(long[][] systems, long[][] flows, String[] systemIds, int rounds) {
    this.systems = systems;
    this.flows = flows;
    this.systemIds = systemIds;
    this.rounds = rounds;
  }

  static long key(int level, int origin) {
    return ((long) (level + 1) << 31) | (Integer.MAX_VALUE - origin);
  }

  public static int levelOf(long key) {
    return (int) (key >>> 31) - 1;
  }

  public static NaiveFixpointBaseline run(Register r, boolean passThrough) {
    Map<String, InformationAsset> assetById = new LinkedHashMap<>();
    r.assets().forEach(a -> assetById.putIfAbsent(a.id(), a));
    String[] assetIds = assetById.keySet().toArray(new String[0]);
    Arrays.sort(assetIds);
    Map<String, Integer> assetIndex = index(assetIds);
    int a0 = assetIds.length;
    byte[][] assetLevel = new byte[4][a0];
    for (int x = 0; x < a0; x++) {
      for (SecurityAspect aspect : SecurityAspect.values()) {
        assetLevel[aspect.ordinal()][x] = (byte) assetById.get(assetIds[x]).levels().get(aspect).ordinal();
      }
    }
    Map<String, InformationSystem> systemById = new LinkedHashMap<>();
    r.systems().forEach(s -> systemById.putIfAbsent(s.id(), s));
    String[] ids = systemById.keySet().toArray(new String[0]);
    Arrays.sort(ids);
    Map<String, Integer> systemIndex = index(ids);
    int n = ids.length;

    List<Integration> flows = r.integrations();
    Map<String, Integer> flowIndex = new HashMap<>();
    for (LevelOverride o : r.overrides()) {
      if (o.target().kind() == EntryKind.INTEGRATION) {
        flowIndex.put(o.target().id(), -1);
      }
    }
    // Only the ids overrides name are looked up; the first integration with the id is the one.
    for (int f = 0; f < flows.size(); f++) {
      int first = f;
      flowIndex.computeIfPresent(flows.get(f).id(), (id, old) -> old < 0 ? first : old);
    }
    int m = flows.size();
    int[] src = new int[m];
    int[] tgt = new int[m];
    int[][] sent = new int[m][];
    int[][] received = new int[m][];
    for (int f = 0; f < m; f++) {
      Integration i = flows.get(f);
      src[f] = systemIndex.getOrDefault(i.source(), -1);
      tgt[f] = systemIndex.getOrDefault(i.target(), -1);
      sent[f] = i.assetsSent().stream().filter(assetIndex::containsKey).mapToInt(assetIndex::get).toArray();
      received[f] = i.assetsReceived().stream().filter(assetIndex::containsKey).mapToInt(assetIndex::get).toArray();
    }

    // Overrides: documented ones only; of two on one level, the higher.
    LevelOverride[] overrides = r.overrides().stream().sorted(Comparator.comparing(LevelOverride::id)).toArray(LevelOverride[]::new);
    long[][] sealed = new long[4][n];
    long[][] flowSealed = new long[4][m];
    for (int o = 0; o < overrides.length; o++) {
      LevelOverride ov = overrides[o];
      if (ov.reason().isBlank() || ov.approvedBy().isBlank() || ov.evidence().isBlank() || (o > 0 && overrides[o - 1].id().equals(ov.id()))) {
        continue;
      }
      int a = ov.aspect().ordinal();
      long key = key(ov.level().ordinal(), a0 + n + o);
      Integer t = ov.target().kind() == EntryKind.SYSTEM ? systemIndex.get(ov.target().id()) : flowIndex.get(ov.target().id());
      if (t == null || t < 0) {
        continue;
      }
      long[] table = ov.target().kind() == EntryKind.SYSTEM ? sealed[a] : flowSealed[a];
      if (table[t] == 0 || levelOf(table[t]) < ov.level().ordinal()) {
        table[t] = key;
      }
    }

    // Support edges: hosted → platform (all aspects), composite → component and consumer → supplier (I, A).
    List<int[]> support = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      InformationSystem sys = systemById.get(ids[s]);
      Integer p = sys.hostedOn().map(systemIndex::get).orElse(null);
      if (p != null) {
        support.add(new int[] {s, p, 15});
      }
      for (String c : sys.components()) {
        Integer k = systemIndex.get(c);
        if (k != null) {
          support.add(new int[] {s, k, 6});
        }
      }
    }
    for (Dependency d : r.dependencies()) {
      Integer c = systemIndex.get(d.consumer());
      Integer s = systemIndex.get(d.supplier());
      if (c != null && s != null) {
        int mask = (d.aspects().contains(SecurityAspect.INTEGRITY) ? 2 : 0) | (d.aspects().contains(SecurityAspect.AVAILABILITY) ? 4 : 0);
        support.add(new int[] {c, s, mask});
      }
    }

    int[][] natives = new int[n][];
    byte[][] assessed = new byte[4][n];
    for (int s = 0; s < n; s++) {
      InformationSystem sys = systemById.get(ids[s]);
      natives[s] = java.util.stream.Stream.concat(sys.assetsStored().stream(), sys.assetsProcessed().stream())
          .filter(assetIndex::containsKey).mapToInt(assetIndex::get).toArray();
      for (int a = 0; a < 4; a++) {
        assessed[a][s] = (byte) (sys.assessed().isPresent() ? sys.assessed().get().get(SecurityAspect.values()[a]).ordinal() : -1);
      }
    }

    // R3, R4, R7: rounds until nothing changes.
    long[][] arrived = new long[4][n];
    long[][] required = new long[4][n];
    int rounds = 0;
    boolean changed = true;
    while (changed) {
      rounds++;
      changed = false;
      for (int a = 0; a < 4; a++) {
        boolean passOn = passThrough && (a == 0 || a == 3);
        long[] nextArrived = new long[n];
        long[] next = new long[n];
        // Every rule, every round: R1 and R2 are applied again like the others.
        long[] held = held(a, n, a0, assessed, natives, src, tgt, sent, received, flowSealed, assetLevel);
        if (passOn) {
          for (int f = 0; f < m; f++) {
            if (src[f] < 0 || tgt[f] < 0) {
              continue;
            }
            if (sent[f].length > 0) {
              nextArrived[tgt[f]] = Math.max(nextArrived[tgt[f]], carry(f, a, src[f], sent[f], flowSealed, sealed, arrived, assetLevel));
            }
            if (received[f].length > 0) {
              nextArrived[src[f]] = Math.max(nextArrived[src[f]], carry(f, a, tgt[f], received[f], flowSealed, sealed, arrived, assetLevel));
            }
          }
        }
        for (int s = 0; s < n; s++) {
          if (sealed[a][s] != 0) {
            nextArrived[s] = passOn ? sealed[a][s] : 0;
            next[s] = sealed[a][s];
          } else {
            next[s] = Math.max(held[s], nextArrived[s]);
          }
        }
        for (int[] e : support) {
          if ((e[2] & (1 << a)) != 0 && sealed[a][e[1]] == 0) {
            next[e[1]] = Math.max(next[e[1]], required[a][e[0]]);
          }
        }
        changed |= !Arrays.equals(next, required[a]) || !Arrays.equals(nextArrived, arrived[a]);
        required[a] = next;
        arrived[a] = nextArrived;
      }
    }
    long[][] flowRequired = new long[4][m];
    for (int a = 0; a < 4; a++) {
      boolean passOn = passThrough && (a == 0 || a == 3);
      for (int f = 0; f < m; f++) {
        if (flowSealed[a][f] != 0) {
          flowRequired[a][f] = flowSealed[a][f];
          continue;
        }
        long v = Math.max(max(sent[f], a, assetLevel), max(received[f], a, assetLevel));
        if (passOn && src[f] >= 0 && tgt[f] >= 0) {
          if (sent[f].length > 0) {
            v = Math.max(v, arrived[a][src[f]]);
          }
          if (received[f].length > 0) {
            v = Math.max(v, arrived[a][tgt[f]]);
          }
        }
        flowRequired[a][f] = v;
      }
    }
    return new NaiveFixpointBaseline(required, flowRequired, ids, rounds);
  }

  /** R1 (own assessment, stored and processed assets) and R2 (assets on every flow sent or received). */
  private static long[] held(int a, int n, int a0, byte[][] assessed, int[][] natives, int[] src, int[] tgt, int[][] sent, int[][] received,
      long[][] flowSealed, byte[][] assetLevel) {
    long[] held = new long[n];
    for (int s = 0; s < n; s++) {
      held[s] = assessed[a][s] >= 0 ? key(assessed[a][s], a0 + s) : 0;
      held[s] = Math.max(held[s], max(natives[s], a, assetLevel));
    }
    for (int f = 0; f < src.length; f++) {
      if (src[f] < 0 || tgt[f] < 0) {
        continue;
      }
      long cap = flowSealed[a][f];
      if (sent[f].length > 0) {
        long out = max(sent[f], a, assetLevel);
        held[src[f]] = Math.max(held[src[f]], out);
        held[tgt[f]] = Math.max(held[tgt[f]], cap != 0 ? cap : out);
      }
      if (received[f].length > 0) {
        long back = max(received[f], a, assetLevel);
        held[tgt[f]] = Math.max(held[tgt[f]], back);
        held[src[f]] = Math.max(held[src[f]], cap != 0 ? cap : back);
      }
    }
    return held;
  }

  private static long carry(int f, int a, int sender, int[] assets, long[][] flowSealed, long[][] sealed, long[][] arrived, byte[][] level) {
    if (flowSealed[a][f] != 0) {
      return flowSealed[a][f];
    }
    long passed = sealed[a][sender] != 0 ? sealed[a][sender] : arrived[a][sender];
    return Math.max(max(assets, a, level), passed);
  }

  private static long max(int[] assets, int a, byte[][] level) {
    long best = 0;
    for (int x : assets) {
      best = Math.max(best, key(level[a][x], x));
    }
    return best;
  }

  private static Map<String, Integer> index(String[] ids) {
    Map<String, Integer> map = new HashMap<>(ids.length * 2);
    for (int k = 0; k < ids.length; k++) {
      map.put(ids[k], k);
    }
    return map;
  }
}
