package io.github.bsckit.graph.map;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cycles of links between distinct objectives of a strategy map (self-links aside). Immutable and
 * thread-safe; every query computes afresh.
 *
 * <pre>{@code
 * Cycles cycles = Cycles.of(map);
 * cycles.exist();       // O(V + E)
 * cycles.find();        // Optional[[C1, L1, P1]]
 * cycles.list(10);      // every elementary cycle, at most 10
 * }</pre>
 */
public final class Cycles {
  private final StrategyMap map;

  private Cycles(StrategyMap map) {
    this.map = map;
  }

  /**
   * {@return the cycles of a map}
   *
   * @param map the strategy map
   */
  public static Cycles of(StrategyMap map) {
    return new Cycles(Objects.requireNonNull(map, "map"));
  }

  /** {@return true if a chain of links leads from an objective back to itself; O(V + E)} */
  public boolean exist() {
    Index index = map.index();
    return index.order() == null;
  }

  /**
   * Finds one cycle, in O(V + E) (Kahn's algorithm, then a walk among the objectives it could not order).
   *
   * @return the objectives on a cycle in arrow order, starting with the one declared first, or empty when the
   *     map is acyclic
   */
  public Optional<List<ObjectiveId>> find() {
    Index index = map.index();
    int[] order = index.order();
    return order == null
        ? Optional.of(List.copyOf(index.idsAt(Topology.cycleAmongLeftovers(index.successors, index.predecessors,
            null))))
        : Optional.empty();
  }

  /**
   * Lists the elementary cycles (Johnson's algorithm via JGraphT, O((V + E)·(C + 1)) for C cycles, stopped after
   * {@code limit}), each once, starting at its objective declared first.
   *
   * @param limit the most cycles to list, at least 1; a dense knot of links can hold exponentially many
   * @return the cycles, each as its objectives in arrow order (the first not repeated at the end)
   * @throws BscException if limit is below 1
   */
  public List<List<ObjectiveId>> list(int limit) {
    Checks.requireAtLeast("limit", limit, 1);
    if (!exist()) {
      return List.of(); // O(V + E) on int arrays: Johnson's search would build its own graph copies to find nothing
    }
    return Topology.simpleCycles(map.graph(), limit, map.objectiveIds(), map::indexOf);
  }
}
