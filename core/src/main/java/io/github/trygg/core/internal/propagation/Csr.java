package io.github.trygg.core.internal.propagation;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A directed graph in compressed-row form: the out-edges of node {@code v} are
 * {@code edge[start[v]] … edge[start[v + 1] - 1]}, each an index into {@link #from} and {@link #to}.
 * Built by counting sort in linear time.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Csr {
  /** Breaks ties between parallel edges (same source and target) when a canonical order is needed. */
  @FunctionalInterface
  public interface TieBreak {
    int compare(int edgeA, int edgeB);
  }

  public final int nodes;
  public final int edges;
  public final int[] from;
  public final int[] to;
  public final int[] start;
  public final int[] edge;

  private Csr(int nodes, int edges, int[] from, int[] to, int[] start, int[] edge) {
    this.nodes = nodes;
    this.edges = edges;
    this.from = from;
    this.to = to;
    this.start = start;
    this.edge = edge;
  }

  /**
   * The graph of {@code edges} edges {@code from[e] → to[e]}. With a tie-break, each row is sorted by
   * target and then by it, so traversals are the same whatever order the edges were given in;
   * without, rows keep the given order (cheaper, for traversals whose result does not depend on it).
   */
  public static Csr of(int nodes, int[] from, int[] to, int edges, @Nullable TieBreak order) {
    int[] start = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      start[from[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      start[v + 1] += start[v];
    }
    int[] fill = Arrays.copyOf(start, nodes);
    int[] edge = new int[edges];
    for (int e = 0; e < edges; e++) {
      edge[fill[from[e]]++] = e;
    }
    Csr g = new Csr(nodes, edges, from, to, start, edge);
    if (order != null) {
      g.sortRows(order);
    }
    return g;
  }

  /** Edges already numbered by source: the rows are {@code start[v] … start[v + 1] - 1} in order. */
  public static Csr ofRows(int nodes, int[] from, int[] to, int[] start) {
    int edges = start[nodes];
    int[] edge = new int[edges];
    for (int e = 0; e < edges; e++) {
      edge[e] = e;
    }
    return new Csr(nodes, edges, from, to, start, edge);
  }

  /** The same edges with every direction reversed. */
  public Csr reversed(@Nullable TieBreak order) {
    return of(nodes, to, from, edges, order);
  }

  private void sortRows(TieBreak order) {
    long[] packed = new long[0];
    for (int v = 0; v < nodes; v++) {
      int lo = start[v];
      int hi = start[v + 1];
      if (hi - lo < 2) {
        continue;
      }
      if (packed.length < hi - lo) {
        packed = new long[hi - lo];
      }
      for (int k = lo; k < hi; k++) {
        packed[k - lo] = ((long) to[edge[k]] << 32) | edge[k];
      }
      Arrays.sort(packed, 0, hi - lo);
      for (int k = lo; k < hi; k++) {
        edge[k] = (int) packed[k - lo];
      }
      // Parallel edges: order by the caller's key (rare, so a simple insertion sort).
      for (int k = lo + 1; k < hi; k++) {
        int e = edge[k];
        int j = k - 1;
        while (j >= lo && to[edge[j]] == to[e] && order.compare(edge[j], e) > 0) {
          edge[j + 1] = edge[j];
          j--;
        }
        edge[j + 1] = e;
      }
    }
  }
}
