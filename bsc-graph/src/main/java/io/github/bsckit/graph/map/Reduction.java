package io.github.bsckit.graph.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Transitive reduction of a DAG: the links u → v that a longer chain implies, each with one such chain. A link
 * u → v is implied exactly when v is in U(u), the set of objectives that u's direct effects reach by at least one
 * link.
 *
 * <p>Three ways to find U(u), with identical results (the same links, the same chains, in the same order):
 * <ul>
 *   <li>{@link #sparse}, tried first: a depth-first search per objective from its effects, with a visited stamp
 *       array, O(Σ_u edges reachable from u) time and O(V + E) memory: near-linear on a map where each objective
 *       reaches a bounded part of it. It gives up, and the others take over, once its work passes what they would
 *       cost, so it never costs more than twice theirs;</li>
 *   <li>{@link #dense}, for up to {@value #DENSE_MAX} objectives: one reachability bitset per vertex, visiting
 *       vertices in reverse topological order, O(V·E/64) time and V²/8 bytes (32 MB at most);</li>
 *   <li>{@link #blocked}, above that: the same bitsets, a block of target columns at a time, O(V·E/64) time and
 *       O(V) memory (16 MB at most), where whole bitsets would take V²/8 bytes (1.25 GB at 100,000).</li>
 * </ul>
 *
 * <p>The chain of each implied link follows, from u, at each step the first effect (in link order) that still
 * reaches v, never the direct link, until v.
 */
final class Reduction {
  /** The most vertices {@link #dense} takes: V²/8 bytes is then at most 32 MB. */
  static final int DENSE_MAX = 16_384;
  /** Longs a {@link #blocked} pass may hold: 16 MB. */
  private static final int BLOCK_LONGS = 1 << 21;

  private Reduction() {}

  /** Returns one chain per redundant link, from the link's cause to its effect through at least one other. */
  static List<int[]> redundant(int[][] succ, int[][] pred, int[] topologicalOrder) {
    int n = succ.length;
    long edges = 0;
    for (int[] s : succ) {
      edges += s.length;
    }
    long budget = (edges + n) * ((n + 63L) >>> 6);
    List<int[]> out = sparse(succ, pred, topologicalOrder, budget);
    if (out != null) {
      return out;
    }
    return n <= DENSE_MAX ? dense(succ, topologicalOrder) : blocked(succ, topologicalOrder);
  }

  /**
   * Depth-first search per vertex, in reverse topological order; null once the edges it has scanned exceed
   * {@code budget}.
   */
  static List<int[]> sparse(int[][] succ, int[][] pred, int[] topologicalOrder, long budget) {
    int n = succ.length;
    int[] reached = new int[n]; // reached[x] == u + 1: x is in U(u)
    int[] effect = new int[n]; // effect[x] == u + 1: u → x is a link
    int[] ancestor = new int[n]; // ancestor[x] == chains made so far: x reaches the current chain's end
    int[] stack = new int[n];
    int chains = 0;
    long work = 0;
    List<int[]> out = new ArrayList<>();
    for (int k = topologicalOrder.length - 1; k >= 0; k--) {
      int u = topologicalOrder[k];
      int mark = u + 1;
      int top = 0;
      for (int w : succ[u]) {
        effect[w] = mark;
        work += succ[w].length;
        for (int x : succ[w]) {
          if (reached[x] != mark) {
            reached[x] = mark;
            stack[top++] = x;
          }
        }
      }
      while (top > 0) {
        int y = stack[--top];
        work += succ[y].length;
        for (int z : succ[y]) {
          if (reached[z] != mark) {
            reached[z] = mark;
            stack[top++] = z;
          }
        }
      }
      if (work > budget) {
        return null;
      }
      for (int v : succ[u]) {
        if (reached[v] == mark) {
          // Which of u's descendants reach v: a search against the links from v, within them.
          int id = ++chains;
          top = 0;
          stack[top++] = v;
          while (top > 0) {
            int y = stack[--top];
            work += pred[y].length;
            for (int p : pred[y]) {
              if (ancestor[p] != id && (reached[p] == mark || effect[p] == mark)) {
                ancestor[p] = id;
                stack[top++] = p;
              }
            }
          }
          if (work > budget) {
            return null;
          }
          out.add(chain(succ, u, v, x -> ancestor[x] == id));
        }
      }
    }
    return out;
  }

  /** One reachability bitset per vertex: O(V·E/64) time, V²/8 bytes. */
  static List<int[]> dense(int[][] succ, int[] topologicalOrder) {
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
          out.add(chain(succ, u, v, x -> has(reach[x], v)));
        }
      }
      for (int v : succ[u]) {
        union[v >>> 6] |= 1L << v;
      }
      reach[u] = union;
    }
    return out;
  }

  /**
   * The bitsets of {@link #dense}, {@code 64·width} target columns at a time, each pass over every vertex and
   * link: O(V·E/64) time, O(V) memory.
   */
  static List<int[]> blocked(int[][] succ, int[] topologicalOrder) {
    int n = succ.length;
    return blocked(succ, topologicalOrder, Math.max(1, Math.min((n + 63) >>> 6, BLOCK_LONGS / Math.max(1, n))));
  }

  /** {@link #blocked(int[][], int[])} with {@code width} words of columns per pass. */
  static List<int[]> blocked(int[][] succ, int[] topologicalOrder, int width) {
    int n = succ.length;
    int words = (n + 63) >>> 6;
    long[] reach = new long[n * width]; // reach[x·width + i]: word i of x's reach within the block
    long[] union = new long[width];
    int[] rankOf = new int[n];
    for (int k = 0; k < topologicalOrder.length; k++) {
      rankOf[topologicalOrder[k]] = k;
    }
    List<long[]> found = new ArrayList<>(); // {k, index of v among succ[u]} per chain, for the order of dense
    List<int[]> chains = new ArrayList<>();
    for (int firstWord = 0; firstWord < words; firstWord += width) {
      int lo = firstWord << 6;
      int hi = Math.min(n, (firstWord + width) << 6);
      Arrays.fill(reach, 0L);
      for (int k = topologicalOrder.length - 1; k >= 0; k--) {
        int u = topologicalOrder[k];
        Arrays.fill(union, 0L);
        for (int w : succ[u]) {
          int base = w * width;
          for (int i = 0; i < width; i++) {
            union[i] |= reach[base + i];
          }
        }
        int[] effects = succ[u];
        for (int j = 0; j < effects.length; j++) {
          int v = effects[j];
          if (v >= lo && v < hi && has(union, v - lo)) {
            int bit = v - lo;
            found.add(new long[] {topologicalOrder.length - 1 - k, j, chains.size()});
            chains.add(chain(succ, u, v, x -> has(reach, x * width, bit)));
          }
        }
        for (int v : effects) {
          if (v >= lo && v < hi) {
            union[(v - lo) >>> 6] |= 1L << (v - lo);
          }
        }
        System.arraycopy(union, 0, reach, u * width, width);
      }
    }
    found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
    List<int[]> out = new ArrayList<>(found.size());
    for (long[] f : found) {
      out.add(chains.get((int) f[2]));
    }
    return out;
  }

  private static boolean has(long[] bits, int v) {
    return (bits[v >>> 6] & (1L << v)) != 0;
  }

  private static boolean has(long[] bits, int offset, int v) {
    return (bits[offset + (v >>> 6)] & (1L << v)) != 0;
  }

  /**
   * Follows, from u, effects that still reach v (never the direct link), until v: O(chain length · degree).
   *
   * @param reachesV whether a descendant of u other than v reaches v by at least one link
   */
  private static int[] chain(int[][] succ, int u, int v, IntPredicate reachesV) {
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
        if (x != v && next < 0 && reachesV.test(x)) {
          next = x;
        }
      }
      path.add(next);
      cur = next;
    }
    return path.stream().mapToInt(Integer::intValue).toArray();
  }
}
