package io.github.trygg.core.internal.propagation;

import io.github.trygg.core.register.EntryKind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.Collections;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Rebuilds, on demand, the path behind one derived value: the support edges kept per system and
 * aspect lead back to the system where the value started, and a breadth-first walk over the flows
 * that carry the originating asset leads from where that asset enters the register to there.
 * Cost per trace is O(path) for support edges; the walk, O(systems + flows), is made once per
 * origin and aspect and shared by the traces that need it.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Tracer {
  private final Outcome out;
  private final RegisterIndex ix;
  private final AtomicReferenceArray<int[]> sortedOut;

  public Tracer(Outcome out) {
    this.out = out;
    this.ix = out.index;
    this.sortedOut = new AtomicReferenceArray<>(ix.systemCount);
  }

  // ---- required levels -----------------------------------------------------------------------

  public List<Step> system(int s, int aspect) {
    List<Step> tail = new ArrayList<>();
    int root = followSupport(out.requiredPred[aspect], s, tail, "R7", "R4");
    List<Step> steps = new ArrayList<>(origin(root, aspect, out.required[aspect][s]));
    steps.addAll(tail);
    return List.copyOf(steps);
  }

  public List<Step> flow(int f, int aspect) {
    int o = ix.flowOverride(f, aspect);
    if (o >= 0) {
      return List.of(new Step(EntryKind.OVERRIDE, o, "R6"), new Step(EntryKind.INTEGRATION, f, "R6"));
    }
    long key = out.flowLevel[aspect][f];
    int origin = Keys.originOf(key);
    long[] arrived = out.arrived[aspect];
    for (int c : ix.channelsOf(f)) {
      int u = ix.channelFrom[c];
      List<Step> steps = null;
      if (ix.isAsset(origin) && ix.declares(c, origin) && ix.declaredKey(c, aspect) == key) {
        steps = new ArrayList<>(ix.holdsNatively(u, origin) ? List.of(new Step(EntryKind.SYSTEM, u, "R1")) : lineage(origin, aspect, u));
        steps.add(new Step(EntryKind.INTEGRATION, f, "R2"));
      } else if (arrived != null && arrived[u] == key) {
        steps = new ArrayList<>(lineage(origin, aspect, u));
        steps.add(new Step(EntryKind.INTEGRATION, f, "R3"));
      }
      if (steps != null) {
        return List.copyOf(steps);
      }
    }
    // A flow between unknown systems: its level comes from the assets it names alone.
    return List.of(new Step(EntryKind.INTEGRATION, f, "R2"));
  }

  /** The steps up to and including {@code root}, where the value is the system's own or arrived over flows. */
  private List<Step> origin(int root, int aspect, long key) {
    if (out.isSealed(aspect, root)) {
      int o = ix.systemOverride[root * RegisterIndex.ASPECTS + aspect];
      return List.of(new Step(EntryKind.OVERRIDE, o, "R6"), new Step(EntryKind.SYSTEM, root, "R6"));
    }
    int origin = Keys.originOf(key);
    if (key == Keys.NONE || origin == ix.assessedOrigin(root) || (ix.isAsset(origin) && ix.holdsNatively(root, origin))) {
      return List.of(new Step(EntryKind.SYSTEM, root, "R1"));
    }
    return lineage(origin, aspect, root);
  }

  // ---- capabilities, recovery, flags ---------------------------------------------------------

  public List<Step> clearance(int s, int aspect) {
    return capabilityChain(out.clearedPred[aspect], s, "R10");
  }

  /** {@code k} 0 = downtime, 1 = data loss. */
  public List<Step> objective(int s, int k) {
    List<Step> tail = new ArrayList<>();
    int root = followSupport(out.objectivePred[k], s, tail, "R9", "R9");
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(EntryKind.SYSTEM, root, "R9"));
    steps.addAll(tail);
    return List.copyOf(steps);
  }

  public List<Step> capability(int s, int k) {
    return capabilityChain(out.capabilityPred[k], s, "R9");
  }

  /** How personal data (or another flag) reached a system: the asset's path, then hosting (R7, R8). */
  public List<Step> flag(int s, int flag) {
    List<Step> tail = new ArrayList<>();
    int root = followSupport(out.flagPred[flag], s, tail, "R8", "R8");
    int x = Keys.originOf(out.flags[flag][s]);
    List<Step> steps = new ArrayList<>(ix.holdsNatively(root, x) ? List.of(new Step(EntryKind.SYSTEM, root, "R1")) : lineage(x, -1, root));
    steps.addAll(tail);
    return List.copyOf(steps);
  }

  private List<Step> capabilityChain(int[] pred, int s, String rule) {
    Csr g = out.capability();
    List<Step> steps = new ArrayList<>();
    int v = s;
    for (int guard = 0; guard <= ix.systemCount; guard++) {
      steps.add(new Step(EntryKind.SYSTEM, v, rule));
      int e = pred[v];
      if (e < 0) {
        break;
      }
      v = g.from[e];
    }
    Collections.reverse(steps);
    return List.copyOf(steps);
  }

  /** Walks support edges back from {@code s}; fills {@code tail} (in path order) and returns the root. */
  private int followSupport(int[] pred, int s, List<Step> tail, String hostingRule, String otherRule) {
    Csr g = out.support();
    List<Step> reversed = new ArrayList<>();
    int v = s;
    for (int guard = 0; guard <= ix.systemCount; guard++) {
      int e = pred[v];
      if (e < 0) {
        break;
      }
      int kind = out.supportKind[e];
      reversed.add(new Step(EntryKind.SYSTEM, v, kind == Engine.HOSTING ? hostingRule : otherRule));
      if (kind == Engine.DEPENDENCY) {
        reversed.add(new Step(EntryKind.DEPENDENCY, out.supportRef[e], otherRule));
      }
      v = g.from[e];
    }
    Collections.reverse(reversed);
    tail.addAll(reversed);
    return v;
  }

  // ---- lineage over flows --------------------------------------------------------------------

  /**
   * The path by which {@code origin} (an asset, or an override) reaches {@code target} over flows.
   * An asset starts where it enters the register — systems that store or process it and receive
   * it from nowhere — then other holders, then systems that only send it; each hop is a flow that
   * names it or, when data are passed on, any flow out of a system it arrived at. {@code aspect} -1
   * ignores overrides (personal-data flags).
   */
  List<Step> lineage(int origin, int aspect, int target) {
    Walk walk = walk(origin, aspect);
    int found = walk.first[target];
    int[] via = walk.via;
    int[] prev = walk.prev;
    int[] seeded = walk.seeded;
    if (found < 0) {
      return List.of(new Step(EntryKind.SYSTEM, target, "R2"));
    }
    List<Integer> states = new ArrayList<>();
    for (int state = found; state >= 0; state = prev[state]) {
      states.add(state);
    }
    Collections.reverse(states);
    List<Step> steps = new ArrayList<>();
    int first = states.get(0) >> 1;
    int override = ix.isOverride(origin) ? origin - ix.assetCount - ix.systemCount : -1;
    int seed = seeded[states.get(0)];
    if (seed >= 0) {
      steps.add(new Step(EntryKind.SYSTEM, ix.channelFrom[seed], "R2"));
      steps.add(new Step(EntryKind.OVERRIDE, override, "R6"));
      steps.add(new Step(EntryKind.INTEGRATION, ix.channelFlow[seed], "R6"));
      steps.add(new Step(EntryKind.SYSTEM, first, "R2"));
    } else if (override >= 0 && ix.overrides[override].target().kind() == EntryKind.SYSTEM) {
      steps.add(new Step(EntryKind.OVERRIDE, override, "R6"));
      steps.add(new Step(EntryKind.SYSTEM, first, "R6"));
    } else {
      steps.add(new Step(EntryKind.SYSTEM, first, ix.isAsset(origin) && ix.holdsNatively(first, origin) ? "R1" : "R2"));
    }
    for (int k = 1; k < states.size(); k++) {
      int c = via[states.get(k)];
      int f = ix.channelFlow[c];
      if (override >= 0 && aspect >= 0 && ix.flowOverride(f, aspect) == override) {
        steps.add(new Step(EntryKind.OVERRIDE, override, "R6"));
        steps.add(new Step(EntryKind.INTEGRATION, f, "R6"));
        steps.add(new Step(EntryKind.SYSTEM, states.get(k) >> 1, "R2"));
        continue;
      }
      // The first hop over a flow that names the asset is R2 (the receiver processes what is sent
      // to it); confidentiality and traceability going further are the chain (R3). Integrity and
      // availability never travel the chain: each hop that carries them names the asset (R2).
      boolean named = ix.isAsset(origin) && ix.declares(c, origin);
      boolean dependent = aspect == Engine.I || aspect == Engine.A;
      steps.add(new Step(EntryKind.INTEGRATION, f, named ? "R2" : "R3"));
      steps.add(new Step(EntryKind.SYSTEM, states.get(k) >> 1, named && (k == 1 || dependent) ? "R2" : "R3"));
    }
    return steps;
  }

  /**
   * One whole breadth-first walk from where {@code origin} starts, for {@code aspect}: which channel
   * and state each state was reached over, and the first state of each system the walk dequeued.
   * Every target's path is read from it, and it is the path a walk stopped at that target would
   * take (the order of discovery does not depend on the target). The CLI and the report ask for
   * every system's trace, and many share an origin: a walk per trace made that quadratic.
   */
  private static final class Walk {
    final int[] via;
    final int[] prev;
    final int[] seeded;
    final int[] first;

    Walk(int[] via, int[] prev, int[] seeded, int[] first) {
      this.via = via;
      this.prev = prev;
      this.seeded = seeded;
      this.first = first;
    }
  }

  /** Walks kept, most recently used last; bounded so a large register's traces stay in memory bounds. */
  private final java.util.LinkedHashMap<Long, Walk> walks = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<Long, Walk> eldest) {
      // About 16 M ints at most: 64 walks at 50 000 systems, fewer above.
      return size() > Math.max(2, (1 << 24) / Math.max(1, 8 * ix.systemCount));
    }
  };

  private Walk walk(int origin, int aspect) {
    long key = ((long) origin << 3) | (aspect + 1);
    synchronized (walks) {
      Walk w = walks.get(key);
      if (w != null) {
        return w;
      }
    }
    Walk w = walkFrom(origin, aspect);
    synchronized (walks) {
      walks.put(key, w);
    }
    return w;
  }

  private Walk walkFrom(int origin, int aspect) {
    int n = ix.systemCount;
    boolean passOn = out.config.passThrough() && (aspect < 0 || aspect == Engine.C || aspect == Engine.T);
    int[] via = new int[2 * n]; // channel a state was reached over; -1 a start; -2 unvisited
    int[] prev = new int[2 * n];
    int[] first = new int[n]; // the first state of each system dequeued; -1 never reached
    Arrays.fill(via, -2);
    Arrays.fill(first, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    int[] seeded = new int[2 * n]; // for a flow override: the overridden channel a start state came over
    Arrays.fill(seeded, -1);
    List<int[]> tiers = starts(origin, aspect, seeded);
    for (int[] tier : tiers) {
      for (int state : tier) {
        if (via[state] == -2) {
          via[state] = -1;
          prev[state] = -1;
          queue.add(state);
        }
      }
      while (!queue.isEmpty()) {
        int state = queue.poll();
        int u = state >> 1;
        if (first[u] < 0) {
          first[u] = state; // where a walk looking for u would have stopped
        }
        boolean arrived = (state & 1) == 1;
        for (int c : outChannels(u)) {
          if (carries(c, origin, aspect, u, arrived, passOn)) {
            int next = (ix.channelTo[c] << 1) | 1;
            if (via[next] == -2) {
              via[next] = c;
              prev[next] = state;
              queue.add(next);
            }
          }
        }
      }
    }
    return new Walk(via, prev, seeded, first);
  }

  private boolean carries(int c, int origin, int aspect, int u, boolean arrived, boolean passOn) {
    int o = aspect < 0 ? -1 : ix.flowOverride(ix.channelFlow[c], aspect);
    if (o >= 0) {
      return origin == ix.overrideOrigin(o);
    }
    if (ix.isAsset(origin) && ix.declares(c, origin)) {
      // Integrity and availability reach the receiver only when its use depends on the data.
      return aspect < 0 || aspect == Engine.C || aspect == Engine.T || ix.operational(c)
          || ix.holdsNatively(ix.channelTo[c], origin);
    }
    if (!passOn || !arrived) {
      return false;
    }
    // A sealed system passes on its override, nothing else.
    int own = aspect < 0 ? -1 : ix.systemOverride[u * RegisterIndex.ASPECTS + aspect];
    return own < 0 || origin == ix.overrideOrigin(own);
  }

  /** Start states in tiers (state = system * 2 + arrived). */
  private List<int[]> starts(int origin, int aspect, int[] seeded) {
    if (ix.isOverride(origin)) {
      int o = origin - ix.assetCount - ix.systemCount;
      for (int s = 0; s < ix.systemCount; s++) {
        if (aspect >= 0 && ix.systemOverride[s * RegisterIndex.ASPECTS + aspect] == o) {
          return List.of(new int[] {(s << 1) | 1});
        }
      }
      // A flow override: what it sets arrives at the receivers of the overridden flow.
      List<Integer> receivers = new ArrayList<>();
      for (int c = 0; c < ix.channelCount; c++) {
        if (aspect >= 0 && ix.flowOverride(ix.channelFlow[c], aspect) == o) {
          int state = (ix.channelTo[c] << 1) | 1;
          if (seeded[state] < 0) {
            seeded[state] = c;
            receivers.add(state);
          }
        }
      }
      return List.of(receivers.stream().mapToInt(Integer::intValue).sorted().toArray());
    }
    int x = origin;
    boolean[] receives = new boolean[ix.systemCount];
    boolean[] sends = new boolean[ix.systemCount];
    int[][] byAsset = ix.assetChannels();
    for (int k = byAsset[0][x]; k < byAsset[0][x + 1]; k++) {
      int c = byAsset[1][k];
      sends[ix.channelFrom[c]] = true;
      if (aspect < 0 || ix.flowOverride(ix.channelFlow[c], aspect) < 0) {
        receives[ix.channelTo[c]] = true;
      }
    }
    List<Integer> entry = new ArrayList<>();
    List<Integer> holders = new ArrayList<>();
    List<Integer> senders = new ArrayList<>();
    for (int s = 0; s < ix.systemCount; s++) {
      if (ix.holdsNatively(s, x)) {
        (receives[s] ? holders : entry).add(s << 1);
      } else if (sends[s]) {
        senders.add(s << 1);
      }
    }
    return List.of(toArray(entry), toArray(holders), toArray(senders));
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * The channels out of a system, by target and then flow id, so every walk is the same. Each row
   * is sorted once, when a walk first reaches the system: a trace visits up to every system, and
   * sorting a row on each visit made asking for every system's trace cost a sort per visit.
   */
  private int[] outChannels(int u) {
    int[] row = sortedOut.get(u);
    if (row == null) {
      row = sortOut(u);
      // A reader on another thread sees the whole row or sorts its own; both are the same.
      sortedOut.compareAndSet(u, null, row);
    }
    return row;
  }

  private int[] sortOut(int u) {
    Csr g = out.channels();
    int lo = g.start[u];
    int hi = g.start[u + 1];
    Integer[] row = new Integer[hi - lo];
    for (int k = lo; k < hi; k++) {
      row[k - lo] = g.edge[k];
    }
    Arrays.sort(row, (a, b) -> {
      int byTarget = Integer.compare(ix.channelTo[a], ix.channelTo[b]);
      return byTarget != 0 ? byTarget : ix.compareChannels(a, b);
    });
    int[] result = new int[row.length];
    for (int k = 0; k < row.length; k++) {
      result[k] = row[k];
    }
    return result;
  }
}
