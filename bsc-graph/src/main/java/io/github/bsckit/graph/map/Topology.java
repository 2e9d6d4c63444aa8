package io.github.bsckit.graph.map;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;

/**
 * Order and cycles on the index-based adjacency of a {@link StrategyMap}. A {@code boolean[] in} restricts an
 * algorithm to a part of the map (null: the whole map); links leaving the part are ignored.
 */
final class Topology {
  private Topology() {}

  /** Multi-source BFS; dist[v] is the fewest links from a start to v, 0 when v is unreached (starts unmarked). */
  static int[] bfs(int[][] adjacency, int[] starts) {
    int[] dist = new int[adjacency.length];
    int[] queue = new int[adjacency.length];
    int head = 0;
    int tail = 0;
    for (int s : starts) {
      for (int w : adjacency[s]) {
        if (dist[w] == 0) {
          dist[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    while (head < tail) {
      int v = queue[head++];
      for (int w : adjacency[v]) {
        if (dist[w] == 0) {
          dist[w] = dist[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    return dist;
  }

  /** The positions with {@code dist > 0}, nearest first, ties in declaration order. */
  static int[] reachedNearestFirst(int[] dist) {
    return IntStream.range(0, dist.length).filter(i -> dist[i] > 0).boxed()
        .sorted(Comparator.<Integer>comparingInt(i -> dist[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /** Kahn's algorithm with a FIFO queue seeded in index order; null when the part has a cycle. */
  static int[] order(int[][] succ, int[][] pred, boolean[] in) {
    int n = succ.length;
    int[] indegree = indegrees(pred, in);
    int[] out = new int[n];
    int head = 0;
    int tail = 0;
    int members = 0;
    for (int v = 0; v < n; v++) {
      if (in == null || in[v]) {
        members++;
        if (indegree[v] == 0) {
          out[tail++] = v;
        }
      }
    }
    while (head < tail) {
      int v = out[head++];
      for (int w : succ[v]) {
        if ((in == null || in[w]) && --indegree[w] == 0) {
          out[tail++] = w;
        }
      }
    }
    return tail == members ? Arrays.copyOf(out, tail) : null;
  }

  private static int[] indegrees(int[][] pred, boolean[] in) {
    int[] indegree = new int[pred.length];
    for (int v = 0; v < pred.length; v++) {
      if (in == null || in[v]) {
        for (int u : pred[v]) {
          if (in == null || in[u]) {
            indegree[v]++;
          }
        }
      }
    }
    return indegree;
  }

  /**
   * Finds a cycle in a part that {@link #order} could not order. Every vertex Kahn leaves behind keeps a
   * predecessor that was left behind too, so walking predecessors among the leftovers must repeat a vertex.
   */
  static int[] cycleAmongLeftovers(int[][] succ, int[][] pred, boolean[] in) {
    int n = succ.length;
    int[] indegree = indegrees(pred, in);
    boolean[] removed = new boolean[n];
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int v = 0; v < n; v++) {
      if ((in == null || in[v]) && indegree[v] == 0) {
        queue[tail++] = v;
      }
    }
    while (head < tail) {
      int v = queue[head++];
      removed[v] = true;
      for (int w : succ[v]) {
        if ((in == null || in[w]) && --indegree[w] == 0) {
          queue[tail++] = w;
        }
      }
    }
    int start = -1;
    for (int v = 0; v < n && start < 0; v++) {
      if ((in == null || in[v]) && !removed[v]) {
        start = v;
      }
    }
    if (start < 0) {
      throw new IllegalStateException("the part is acyclic");
    }
    int[] position = new int[n];
    Arrays.fill(position, -1);
    List<Integer> walk = new ArrayList<>();
    int v = start;
    while (position[v] < 0) {
      position[v] = walk.size();
      walk.add(v);
      int next = -1;
      for (int u : pred[v]) {
        if ((in == null || in[u]) && !removed[u]) {
          next = u;
          break;
        }
      }
      v = next;
    }
    // The walk went against the arrows: reversed, the part from the repeated vertex on runs with them.
    List<Integer> cycle = new ArrayList<>(walk.subList(position[v], walk.size()));
    Collections.reverse(cycle);
    return rotateToSmallest(cycle.stream().mapToInt(Integer::intValue).toArray());
  }

  static int[] rotateToSmallest(int[] cycle) {
    int min = 0;
    for (int i = 1; i < cycle.length; i++) {
      if (cycle[i] < cycle[min]) {
        min = i;
      }
    }
    int[] out = new int[cycle.length];
    for (int i = 0; i < cycle.length; i++) {
      out[i] = cycle[(min + i) % cycle.length];
    }
    return out;
  }

  /** Johnson's algorithm (JGraphT), stopped after {@code limit} cycles by unwinding out of its callback. */
  static List<List<ObjectiveId>> simpleCycles(Graph<ObjectiveId, CausalLink> graph, int limit,
      List<ObjectiveId> vertices, ToIntFunction<ObjectiveId> index) {
    List<int[]> found = new ArrayList<>();
    try {
      new JohnsonSimpleCycles<>(graph).findSimpleCycles(cycle -> {
        found.add(rotateToSmallest(cycle.stream().mapToInt(index).toArray()));
        if (found.size() >= limit) {
          throw Enough.INSTANCE;
        }
      });
    } catch (Enough e) {
      // the limit was reached: the cycles found so far are the answer
    }
    found.sort(Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c.length).thenComparing(Arrays::compare));
    List<List<ObjectiveId>> out = new ArrayList<>(found.size());
    for (int[] c : found) {
      List<ObjectiveId> ids = new ArrayList<>(c.length);
      for (int i : c) {
        ids.add(vertices.get(i));
      }
      out.add(List.copyOf(ids));
    }
    return List.copyOf(out);
  }

  /** Stops Johnson's enumeration; stackless because it is control flow, not an error. */
  private static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Enough INSTANCE = new Enough();

    private Enough() {
      super("enough cycles", null, false, false);
    }
  }
}
