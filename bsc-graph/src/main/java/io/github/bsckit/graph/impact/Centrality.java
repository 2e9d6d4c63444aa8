package io.github.bsckit.graph.impact;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.List;
import java.util.SplittableRandom;
import org.jgrapht.Graph;

/**
 * Betweenness centrality and outcome reach of every objective, on int arrays indexed by declaration order.
 *
 * <p>Betweenness is Brandes' algorithm for unweighted directed graphs, O(V·E) exact. Its sums are taken in
 * exactly the order of JGraphT's {@code BetweennessCentrality} (sources in declaration order, links in the
 * order they were added, predecessors in breadth-first order), so the exact scores are the same doubles, bit for
 * bit, without JGraphT's hash map per vertex and source. Above {@link ImpactAnalysis#EXACT_KEYSTONES_UP_TO}
 * objectives it is Brandes and Pich's source sampling: the dependencies of {@link ImpactAnalysis#KEYSTONE_PIVOTS}
 * sources drawn without replacement (a fixed seed, so the same map gets the same estimate), scaled by V/k.
 *
 * <p>Reach counts the outcomes downstream of each objective: one pass in reverse topological order over
 * bitsets of the outcomes, O(E·outcomes/64), when the map is acyclic and the bitsets small; else a breadth-first
 * search per objective, O(V·(V+E)).
 */
final class Centrality {
  /** Bitset words the reach pass may hold at once (32 MB); beyond it, one search per objective. */
  private static final long MAX_REACH_WORDS = 4_000_000;
  private static final long SEED = 0x5eed_b5c_17L;

  private final int n;
  private final int[][] successors;

  private Centrality(int n, int[][] successors) {
    this.n = n;
    this.successors = successors;
  }

  /** {@return the map's objectives as int arrays of successors, in the graph's own link order} */
  static Centrality of(StrategyMap map) {
    List<ObjectiveId> ids = map.objectiveIds();
    Graph<ObjectiveId, CausalLink> g = map.graph();
    int[][] succ = new int[ids.size()][];
    for (int i = 0; i < succ.length; i++) {
      int[] out = new int[g.outDegreeOf(ids.get(i))];
      int j = 0;
      for (CausalLink l : g.outgoingEdgesOf(ids.get(i))) {
        out[j++] = map.indexOf(l.to());
      }
      succ[i] = out;
    }
    return new Centrality(ids.size(), succ);
  }

  /** {@return true if betweenness over this many objectives is computed exactly} */
  static boolean isExact(int objectives) {
    return objectives <= ImpactAnalysis.EXACT_KEYSTONES_UP_TO;
  }

  /** {@return every objective's betweenness: exact up to the documented size, else estimated from pivots} */
  double[] betweenness() {
    double[] scores = new double[n];
    Work w = new Work(n, successors);
    if (isExact(n)) {
      for (int s = 0; s < n; s++) {
        w.accumulate(s, successors, scores);
      }
      return scores;
    }
    int k = ImpactAnalysis.KEYSTONE_PIVOTS;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    boolean[] pivot = new boolean[n];
    for (int i = 0; i < k; i++) {
      pivot[order[i]] = true;
    }
    for (int s = 0; s < n; s++) {
      if (pivot[s]) {
        w.accumulate(s, successors, scores);
      }
    }
    double scale = (double) n / k;
    for (int v = 0; v < n; v++) {
      scores[v] *= scale;
    }
    return scores;
  }

  /** {@return how many outcomes other than itself each objective's links lead to} */
  int[] outcomesReached(boolean[] outcome) {
    int[] bit = new int[n];
    int outcomes = 0;
    for (int v = 0; v < n; v++) {
      bit[v] = outcome[v] ? outcomes++ : -1;
    }
    int words = (outcomes + 63) >>> 6;
    int[] order = topologicalOrder();
    return order != null && (long) words * n <= MAX_REACH_WORDS ? reachInReverseOrder(order, bit, words)
        : reachBySearch(outcome);
  }

  /** Kahn's algorithm; {@return the objectives in topological order, or null on a cyclic map} */
  private int[] topologicalOrder() {
    int[] indegree = new int[n];
    for (int[] out : successors) {
      for (int w : out) {
        indegree[w]++;
      }
    }
    int[] order = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if (indegree[v] == 0) {
        order[tail++] = v;
      }
    }
    for (int head = 0; head < tail; head++) {
      for (int w : successors[order[head]]) {
        if (--indegree[w] == 0) {
          order[tail++] = w;
        }
      }
    }
    return tail == n ? order : null;
  }

  private int[] reachInReverseOrder(int[] order, int[] bit, int words) {
    long[] reach = new long[n * words];
    int[] counts = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      int v = order[i];
      int at = v * words;
      for (int w : successors[v]) {
        int from = w * words;
        for (int j = 0; j < words; j++) {
          reach[at + j] |= reach[from + j];
        }
        if (bit[w] >= 0) {
          reach[at + (bit[w] >>> 6)] |= 1L << bit[w];
        }
      }
      int c = 0;
      for (int j = 0; j < words; j++) {
        c += Long.bitCount(reach[at + j]);
      }
      counts[v] = c;
    }
    return counts;
  }

  private int[] reachBySearch(boolean[] outcome) {
    int[] counts = new int[n];
    int[] seen = new int[n];
    int[] queue = new int[n];
    for (int s = 0; s < n; s++) {
      int stamp = s + 1;
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      seen[s] = stamp;
      int c = 0;
      while (head < tail) {
        for (int w : successors[queue[head++]]) {
          if (seen[w] != stamp) {
            seen[w] = stamp;
            queue[tail++] = w;
            if (outcome[w]) {
              c++;
            }
          }
        }
      }
      counts[s] = c;
    }
    return counts;
  }

  /** Brandes' per-source arrays, allocated once and reset after each source. */
  private static final class Work {
    final int[] queue;
    final int[] distance;
    final long[] sigma;
    final double[] dependency;
    /** Where each vertex's predecessors start in {@link #preds}: its in-degree bounds how many it can have. */
    final int[] predStart;
    final int[] predCount;
    final int[] preds;

    Work(int n, int[][] succ) {
      queue = new int[n];
      distance = new int[n];
      sigma = new long[n];
      dependency = new double[n];
      predStart = new int[n + 1];
      predCount = new int[n];
      for (int[] out : succ) {
        for (int w : out) {
          predStart[w + 1]++;
        }
      }
      for (int v = 0; v < n; v++) {
        predStart[v + 1] += predStart[v];
      }
      preds = new int[predStart[n]];
      java.util.Arrays.fill(distance, -1);
    }

    /**
     * Adds source {@code s}'s dependencies to {@code scores}, in JGraphT's order: predecessors recorded as the
     * breadth-first search meets them, vertices popped in reverse breadth-first order.
     */
    void accumulate(int s, int[][] succ, double[] scores) {
      int head = 0;
      int tail = 0;
      queue[tail++] = s;
      distance[s] = 0;
      sigma[s] = 1;
      while (head < tail) {
        int v = queue[head++];
        for (int w : succ[v]) {
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            queue[tail++] = w;
            sigma[w] = sigma[v];
            preds[predStart[w] + predCount[w]++] = v;
          } else if (distance[w] == distance[v] + 1) {
            sigma[w] += sigma[v];
            preds[predStart[w] + predCount[w]++] = v;
          }
        }
      }
      for (int i = tail - 1; i >= 0; i--) {
        int w = queue[i];
        for (int j = predStart[w], end = predStart[w] + predCount[w]; j < end; j++) {
          int v = preds[j];
          dependency[v] = dependency[v] + ((double) sigma[v] / (double) sigma[w]) * (1 + dependency[w]);
        }
        if (w != s) {
          scores[w] = scores[w] + dependency[w];
        }
      }
      for (int i = 0; i < tail; i++) {
        int v = queue[i];
        distance[v] = -1;
        sigma[v] = 0;
        dependency[v] = 0;
        predCount[v] = 0;
      }
    }
  }
}
