package io.github.bsckit.graph.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Transitive reduction of a DAG with one reachability bitset per vertex. Visiting vertices in reverse
 * topological order, the union U(u) of what u's direct effects reach is known before u; a link u → v is implied
 * by a longer chain exactly when v is in U(u), and reach(u) = U(u) ∪ effects(u). O(V·E/64) time, V²/8 bytes.
 */
final class Reduction {
  private Reduction() {}

  /** Returns one chain per redundant link, from the link's cause to its effect through at least one other. */
  static List<int[]> redundant(int[][] succ, int[] topologicalOrder) {
    int n = succ.length;
    int words = (n + 63) >>> 6;
    long[][] reach = new long[n][];
    List<int[]> out = new ArrayList<>();
    for (int k = topologicalOrder.length - 1; k >= 0; k--) {
      int u = topologicalOrder[k];
      long[] union = new long[words];
      for (int w : succ[u]) {
        long[] r = reach[w];
        for (int i = 0; i < words; i++) {
          union[i] |= r[i];
        }
      }
      for (int v : succ[u]) {
        if (has(union, v)) {
          out.add(chain(succ, reach, u, v));
        }
      }
      for (int v : succ[u]) {
        union[v >>> 6] |= 1L << v;
      }
      reach[u] = union;
    }
    return out;
  }

  private static boolean has(long[] bits, int v) {
    return (bits[v >>> 6] & (1L << v)) != 0;
  }

  /** Follows, from u, effects that still reach v (never the direct link), until v: O(chain length · degree). */
  private static int[] chain(int[][] succ, long[][] reach, int u, int v) {
    List<Integer> path = new ArrayList<>();
    path.add(u);
    int cur = u;
    while (cur != v) {
      int next = -1;
      for (int x : succ[cur]) {
        if (x == v && cur != u) {
          next = x;
          break;
        }
        if (x != v && next < 0 && has(reach[x], v)) {
          next = x;
        }
      }
      path.add(next);
      cur = next;
    }
    return path.stream().mapToInt(Integer::intValue).toArray();
  }
}
