package io.github.trygg.core.internal.propagation;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The strongly connected components of a graph in topological order (every edge between two
 * components goes from an earlier to a later one), found with Tarjan's algorithm on an explicit
 * stack so that a chain of 100 000 systems cannot overflow the call stack.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Components {
  /** The component of each node; components are numbered in topological order. */
  public final int[] component;
  /** Members of component {@code c}: {@code members[start[c]] … members[start[c + 1] - 1]}. */
  public final int[] start;
  public final int[] members;
  public final int count;
  /** Nodes with an edge to themselves (among the edges the components were found over). */
  private final boolean[] loop;

  private Components(int[] component, int[] start, int[] members, int count, boolean[] loop) {
    this.component = component;
    this.start = start;
    this.members = members;
    this.count = count;
    this.loop = loop;
  }

  /** Whether component {@code c} has a cycle: more than one member, or one with an edge to itself. */
  public boolean cyclic(int c) {
    return start[c + 1] - start[c] > 1 || loop[members[start[c]]];
  }

  /** Components over the edges not {@code skipped}, and not into a {@code sealed} node. */
  public static Components of(Csr g, boolean @Nullable [] skipped, boolean @Nullable [] sealed) {
    int n = g.nodes;
    int[] index = new int[n];
    Arrays.fill(index, -1);
    int[] low = new int[n];
    boolean[] loop = new boolean[n];
    boolean[] onStack = new boolean[n];
    int[] stack = new int[n];
    int sp = 0;
    int[] callNode = new int[n];
    int[] callPos = new int[n];
    int[] finished = new int[n]; // nodes in the order their component completed
    int[] completionStart = new int[n + 1];
    int done = 0;
    int comps = 0;
    int counter = 0;
    for (int root = 0; root < n; root++) {
      if (index[root] != -1) {
        continue;
      }
      int top = 0;
      callNode[0] = root;
      callPos[0] = g.start[root];
      index[root] = low[root] = counter++;
      stack[sp++] = root;
      onStack[root] = true;
      while (top >= 0) {
        int v = callNode[top];
        if (callPos[top] < g.start[v + 1]) {
          int e = g.edge[callPos[top]++];
          if (skipped != null && skipped[e]) {
            continue;
          }
          int w = g.to[e];
          if (sealed != null && sealed[w]) {
            continue;
          }
          if (w == v) {
            loop[v] = true;
          }
          if (index[w] == -1) {
            index[w] = low[w] = counter++;
            stack[sp++] = w;
            onStack[w] = true;
            top++;
            callNode[top] = w;
            callPos[top] = g.start[w];
          } else if (onStack[w] && index[w] < low[v]) {
            low[v] = index[w];
          }
          continue;
        }
        if (low[v] == index[v]) {
          completionStart[comps] = done;
          int w;
          do {
            w = stack[--sp];
            onStack[w] = false;
            finished[done] = w;
            done++;
          } while (w != v);
          comps++;
        }
        top--;
        if (top >= 0) {
          int u = callNode[top];
          if (low[v] < low[u]) {
            low[u] = low[v];
          }
        }
      }
    }
    completionStart[comps] = done;
    // Tarjan completes components in reverse topological order; renumber so that c = 0 comes first.
    int[] component = new int[n];
    int[] start = new int[comps + 1];
    int[] members = new int[n];
    int k = 0;
    for (int c = 0; c < comps; c++) {
      int old = comps - 1 - c;
      start[c] = k;
      // Members in ascending node order, so traversals inside a component are canonical.
      int lo = completionStart[old];
      int hi = completionStart[old + 1];
      System.arraycopy(finished, lo, members, k, hi - lo);
      Arrays.sort(members, k, k + hi - lo);
      for (int j = k; j < k + hi - lo; j++) {
        component[members[j]] = c;
      }
      k += hi - lo;
    }
    start[comps] = k;
    return new Components(component, start, members, comps, loop);
  }
}
