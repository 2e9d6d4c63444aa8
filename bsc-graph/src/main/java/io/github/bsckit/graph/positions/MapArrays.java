package io.github.bsckit.graph.positions;

import io.github.bsckit.core.model.CausalLink;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A strategy map's objectives and arrows by position, for the rules of bsc-graph that visit every arrow or
 * objective of a large map: reading ranks and ends from int arrays instead of looking each id up in a hash map
 * (the per-link rules' id lookups were 18% of validating a 100,000-objective map). The map package hands them
 * over when {@code StrategyMap} is initialised; not exported. Typed on {@code Object} so that this package
 * names no other package of bsc-graph (no cycle between packages).
 *
 * @param arrows the arrows, as {@code map.graph().edgeSet()} iterates them: one per linked pair, the first link
 * @param from the position (in {@code StrategyMap.objectiveIds()}) of each arrow's cause
 * @param to the position of each arrow's effect
 * @param rank the rank of each objective by position, 0 the bottom row
 * @param successors each objective's direct effects by position, in link order
 * @param predecessors each objective's direct causes by position, in link order
 */
public record MapArrays(List<CausalLink> arrows, int[] from, int[] to, int[] rank, int[][] successors,
    int[][] predecessors) {
  private static volatile Function<Object, MapArrays> access;

  /**
   * Called once, by {@code StrategyMap}'s initialiser.
   *
   * @param view how to read a map's arrays
   */
  public static void grant(Function<Object, MapArrays> view) {
    access = Objects.requireNonNull(view, "view");
  }

  /**
   * {@return the arrays of a map; shared, never to be modified}
   *
   * @param map the strategy map (a {@code StrategyMap})
   */
  public static MapArrays of(Object map) {
    return access.apply(Objects.requireNonNull(map, "map"));
  }

  /**
   * {@return which objectives, by position, a chain of at least one arrow reaches from the starts}
   *
   * @param adjacency {@link #successors()} to follow the arrows, {@link #predecessors()} to go against them
   * @param starts the positions to start from
   */
  public static boolean[] reached(int[][] adjacency, int[] starts) {
    boolean[] seen = new boolean[adjacency.length];
    int[] stack = new int[adjacency.length];
    int top = 0;
    for (int s : starts) {
      for (int w : adjacency[s]) {
        if (!seen[w]) {
          seen[w] = true;
          stack[top++] = w;
        }
      }
    }
    while (top > 0) {
      for (int w : adjacency[stack[--top]]) {
        if (!seen[w]) {
          seen[w] = true;
          stack[top++] = w;
        }
      }
    }
    return seen;
  }

  /**
   * {@return whether the objective at a position has no arrow to or from another}
   *
   * @param position the position
   */
  public boolean isolated(int position) {
    return successors[position].length == 0 && predecessors[position].length == 0;
  }
}
