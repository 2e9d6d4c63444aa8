package io.github.bsckit.graph.map;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Orders the objectives of a strategy map so every cause comes before its effects: Kahn's algorithm, ties broken
 * in declaration order, O(V + E). Immutable and thread-safe; every query computes afresh.
 *
 * <pre>{@code
 * TopologicalOrder.of(map).all();                      // [L1, P1, C1, F1]
 * TopologicalOrder.of(map).among(List.of(F1, C1));     // [C1, F1], whatever cycles lie elsewhere
 * }</pre>
 */
public final class TopologicalOrder {
  private final StrategyMap map;

  private TopologicalOrder(StrategyMap map) {
    this.map = map;
  }

  /**
   * {@return topological ordering over a map}
   *
   * @param map the strategy map
   */
  public static TopologicalOrder of(StrategyMap map) {
    return new TopologicalOrder(Objects.requireNonNull(map, "map"));
  }

  /**
   * Orders the whole map. O(V + E).
   *
   * @return every objective in topological order; unmodifiable
   * @throws BscException naming a cycle if the map has one
   */
  public List<ObjectiveId> all() {
    return among(map.objectiveIds());
  }

  /**
   * Orders a part of the map, looking only at links between objectives of that part, so a cycle elsewhere does
   * not matter. O(V + E).
   *
   * @param among the objectives to order
   * @return them in topological order; unmodifiable
   * @throws BscException naming a cycle if the part has one, or if an objective is not on the map
   */
  public List<ObjectiveId> among(Collection<ObjectiveId> among) {
    Objects.requireNonNull(among, "among");
    Index index = map.index();
    boolean[] in = new boolean[map.size()];
    for (ObjectiveId id : among) {
      in[map.indexOf(id)] = true;
    }
    int[] order = Topology.order(index.successors, index.predecessors, in);
    if (order == null) {
      throw map.cycleError(in);
    }
    return Collections.unmodifiableList(index.idsAt(order));
  }
}
