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
   * @param components of {@code g} over the same blocked edges and sealed nodes, or null to compute;
   *     without {@code pred}, components of the whole graph will do as well
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
      if (pred == null && (blocked != null || sealed != null)) {
        if (scc.cyclic(c)) {
          queue = reach(g, val, inject, blocked, sealed, comp, c, scc.members, lo, hi, queue);
        }
      } else if (scc.cyclic(c)) {
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

  /** What edge {@code e} injects for value {@code k}, computed where it is read rather than stored. */
  @FunctionalInterface
  public interface Injected {
    long at(int e, int k);
  }

  /**
   * As {@link #solve} for {@code width} independent values per node and edge at once
   * ({@code val[v * width + k]}, {@code inject.at(e, k)}), with no blocked edges, sealed
   * nodes or predecessors: one walk over the graph instead of {@code width}.
   */
  public static void solveAll(Csr g, long[] val, Injected inject, int width, Components scc) {
    int[] comp = scc.component;
    long[] max = new long[width];
    for (int c = 0; c < scc.count; c++) {
      int lo = scc.start[c];
      int hi = scc.start[c + 1];
      if (scc.cyclic(c)) {
        // Every member reaches every other: all get the maximum over the members and the values
        // injected on the edges between them.
        Arrays.fill(max, Keys.NONE);
        for (int k = lo; k < hi; k++) {
          int u = scc.members[k];
          for (int w = 0; w < width; w++) {
            max[w] = Math.max(max[w], val[u * width + w]);
          }
          for (int j = g.start[u], end = g.start[u + 1]; j < end; j++) {
            int e = g.edge[j];
            if (comp[g.to[e]] == c) {
              for (int w = 0; w < width; w++) {
                max[w] = Math.max(max[w], inject.at(e, w));
              }
            }
          }
        }
        for (int k = lo; k < hi; k++) {
          System.arraycopy(max, 0, val, scc.members[k] * width, width);
        }
      }
      for (int k = lo; k < hi; k++) {
        int u = scc.members[k];
        for (int j = g.start[u], end = g.start[u + 1]; j < end; j++) {
          int e = g.edge[j];
          int t = g.to[e];
          if (comp[t] == c) {
            continue;
          }
          for (int w = 0; w < width; w++) {
            long carry = Math.max(inject.at(e, w), val[u * width + w]);
            if (carry > val[t * width + w]) {
              val[t * width + w] = carry;
            }
          }
        }
      }
    }
  }

  /**
   * A component of the whole graph in which some edges are blocked or some members sealed, so not
   * every member need reach every other: each member gets the best starting value that reaches it.
   * Starting values are taken best first, and a walk from one stops at members already reached
   * (anything further was reached from a better start), so every edge is walked once.
   */
  private static int[] reach(Csr g, long[] val, long @Nullable [] inject, boolean @Nullable [] blocked,
      boolean @Nullable [] sealed, int[] comp, int c, int[] members, int lo, int hi, int @Nullable [] queue) {
    int size = hi - lo;
    injectInside(g, val, inject, blocked, sealed, null, comp, c, members, lo, hi);
    // Members by starting value, best first: rank the distinct values, then sort (rank, member).
    long[] values = new long[size];
    for (int k = 0; k < size; k++) {
      values[k] = val[members[lo + k]];
    }
    Arrays.sort(values);
    int distinct = 0;
    for (int k = 0; k < size; k++) {
      if (k == 0 || values[k] != values[k - 1]) {
        values[distinct++] = values[k];
      }
    }
    long[] order = new long[size];
    for (int k = 0; k < size; k++) {
      int u = members[lo + k];
      order[k] = ((long) Arrays.binarySearch(values, 0, distinct, val[u]) << 32) | u;
    }
    Arrays.sort(order);
    int[] q = queue != null && queue.length >= size ? queue : new int[Math.max(size, 16)];
    // A member is reached once its value is settled; mark it by its component number's complement.
    for (int k = size - 1; k >= 0; k--) {
      int start = (int) order[k];
      if (comp[start] != c) {
        continue;
      }
      long best = val[start];
      comp[start] = ~c;
      int head = 0;
      int tail = 0;
      q[tail++] = start;
      while (head < tail) {
        int u = q[head++];
        for (int j = g.start[u]; j < g.start[u + 1]; j++) {
          int e = g.edge[j];
          int t = g.to[e];
          if (comp[t] != c || (blocked != null && blocked[e]) || (sealed != null && sealed[t])) {
            continue;
          }
          val[t] = best;
          comp[t] = ~c;
          q[tail++] = t;
        }
      }
    }
    for (int k = lo; k < hi; k++) {
      comp[members[k]] = c;
    }
    return q;
  }

  /** What the edges between members of component {@code c} inject, into their targets. */
  private static void injectInside(Csr g, long[] val, long @Nullable [] inject, boolean @Nullable [] blocked,
      boolean @Nullable [] sealed, int @Nullable [] pred, int[] comp, int c, int[] members, int lo, int hi) {
    if (inject == null) {
      return;
    }
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

  /** Inside one component every member reaches every other: all get the component's maximum. */
  private static int @Nullable [] spread(Csr g, long[] val, long @Nullable [] inject, boolean @Nullable [] blocked,
      boolean @Nullable [] sealed, int @Nullable [] pred, int[] comp, int c, int[] members, int lo, int hi,
      int @Nullable [] queue) {
    injectInside(g, val, inject, blocked, sealed, pred, comp, c, members, lo, hi);
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
