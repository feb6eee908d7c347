package io.github.trygg.core.internal.propagation;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The least fixpoint of {@code val[v] = max(local[v], max over edges e = u → v of carry(e))} where
 * {@code carry(e) = max(inject[e], val[u])} for an edge that passes values on and {@code inject[e]}
 * for one that does not; a sealed node keeps its local value whatever reaches it (an override).
 *
 * <p>Components are visited in topological order: a node's value is final once every component
 * before it is done, so each edge is relaxed once and a component's value is its maximum, spread to
 * every member by one breadth-first walk. Cost O(nodes + edges) whatever the depth of the chains.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Solver {
  private Solver() {}

  /**
   * Solves in place: {@code val} starts as the local values and ends as the fixpoint; {@code pred},
   * when given, gets for each node the edge its value came over (-1 for its own value).
   *
   * @param blocked edges that pass no value on (they still inject theirs); null for none
   * @param inject per-edge injected values; null for none
   * @param sealed nodes whose value is fixed; null for none
   * @param components of {@code g} over the same blocked edges and sealed nodes, or null to compute
   */
  public static void solve(Csr g, long[] val, long @Nullable [] inject, boolean @Nullable [] blocked,
      boolean @Nullable [] sealed, int @Nullable [] pred, @Nullable Components components) {
    if (pred != null) {
      Arrays.fill(pred, 0, g.nodes, -1);
    }
    Components scc = components != null ? components : Components.of(g, blocked, sealed);
    if (blocked != null && inject != null) {
      for (int e = 0; e < g.edges; e++) {
        int t = g.to[e];
        if (blocked[e] && (sealed == null || !sealed[t]) && inject[e] > val[t]) {
          val[t] = inject[e];
          if (pred != null) {
            pred[t] = e;
          }
        }
      }
    }
    int[] comp = scc.component;
    int @Nullable [] queue = null;
    for (int c = 0; c < scc.count; c++) {
      int lo = scc.start[c];
      int hi = scc.start[c + 1];
      if (hi - lo > 1 || selfLoop(g, scc.members[lo], blocked)) {
        queue = spread(g, val, inject, blocked, sealed, pred, comp, c, scc.members, lo, hi, queue);
      }
      for (int k = lo; k < hi; k++) {
        int u = scc.members[k];
        long own = val[u];
        for (int j = g.start[u], end = g.start[u + 1]; j < end; j++) {
          int e = g.edge[j];
          int t = g.to[e];
          if (comp[t] == c || (blocked != null && blocked[e]) || (sealed != null && sealed[t])) {
            continue;
          }
          long carry = inject != null && inject[e] > own ? inject[e] : own;
          if (carry > val[t]) {
            val[t] = carry;
            if (pred != null) {
              pred[t] = e;
            }
          }
        }
      }
    }
  }

  private static boolean selfLoop(Csr g, int v, boolean @Nullable [] blocked) {
    for (int j = g.start[v]; j < g.start[v + 1]; j++) {
      int e = g.edge[j];
      if (g.to[e] == v && (blocked == null || !blocked[e])) {
        return true;
      }
    }
    return false;
  }

  /** Inside one component every member reaches every other: all get the component's maximum. */
  private static int @Nullable [] spread(Csr g, long[] val, long @Nullable [] inject, boolean @Nullable [] blocked,
      boolean @Nullable [] sealed, int @Nullable [] pred, int[] comp, int c, int[] members, int lo, int hi,
      int @Nullable [] queue) {
    if (inject != null) {
      for (int k = lo; k < hi; k++) {
        int u = members[k];
        for (int j = g.start[u]; j < g.start[u + 1]; j++) {
          int e = g.edge[j];
          int t = g.to[e];
          if (comp[t] == c && (blocked == null || !blocked[e]) && (sealed == null || !sealed[t]) && inject[e] > val[t]) {
            val[t] = inject[e];
            if (pred != null) {
              pred[t] = e;
            }
          }
        }
      }
    }
    long max = Keys.NONE;
    for (int k = lo; k < hi; k++) {
      max = Math.max(max, val[members[k]]);
    }
    if (pred == null) {
      // Without edges to remember, every member simply takes the maximum.
      for (int k = lo; k < hi; k++) {
        val[members[k]] = max;
      }
      return queue;
    }
    int[] q = queue != null && queue.length >= hi - lo ? queue : new int[Math.max(hi - lo, 16)];
    int head = 0;
    int tail = 0;
    for (int k = lo; k < hi; k++) {
      if (val[members[k]] == max) {
        q[tail++] = members[k];
      }
    }
    while (head < tail) {
      int u = q[head++];
      for (int j = g.start[u]; j < g.start[u + 1]; j++) {
        int e = g.edge[j];
        int t = g.to[e];
        if (comp[t] != c || (blocked != null && blocked[e]) || (sealed != null && sealed[t]) || val[t] == max) {
          continue;
        }
        val[t] = max;
        if (pred != null) {
          pred[t] = e;
        }
        q[tail++] = t;
      }
    }
    return q;
  }
}
