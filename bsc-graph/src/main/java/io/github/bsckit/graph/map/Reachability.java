package io.github.bsckit.graph.map;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.ObjectiveId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the arrows of a strategy map lead to, or come from: breadth-first search over the map, O(V + E) per query
 * for V objectives and E links. Works on any map, cyclic or not. Immutable and thread-safe.
 *
 * <pre>{@code
 * Reachability.of(map).from(Flow.DOWNSTREAM, ObjectiveId.of("L1"));   // {P1=1, C1=2, F1=3}
 * }</pre>
 */
public final class Reachability {
  private final StrategyMap map;

  private Reachability(StrategyMap map) {
    this.map = map;
  }

  /**
   * {@return reachability over a map}
   *
   * @param map the strategy map
   */
  public static Reachability of(StrategyMap map) {
    return new Reachability(Objects.requireNonNull(map, "map"));
  }

  /**
   * Follows the arrows from some objectives, breadth first. A start objective is in the result only when the
   * arrows lead back to it, that is when it lies on a cycle. O(V + E).
   *
   * @param flow downstream to effects, or upstream to causes
   * @param starts the objectives to start from
   * @return every objective reached, with the fewest links needed to reach it, in the order reached;
   *     unmodifiable
   * @throws BscException if a start objective is not on the map
   */
  public Map<ObjectiveId, Integer> from(Flow flow, Collection<ObjectiveId> starts) {
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(starts, "starts");
    Index index = map.index();
    int[] from = starts.stream().mapToInt(map::indexOf).toArray();
    int[] dist = Topology.bfs(flow == Flow.DOWNSTREAM ? index.successors : index.predecessors, from);
    Map<ObjectiveId, Integer> out = new LinkedHashMap<>();
    for (int i : Topology.reachedNearestFirst(dist)) {
      out.put(index.ids.get(i), dist[i]);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Follows the arrows from one objective, breadth first; as {@link #from(Flow, Collection)}. O(V + E).
   *
   * @param flow downstream to effects, or upstream to causes
   * @param start the objective to start from
   * @return every objective reached, with the fewest links needed to reach it, in the order reached
   * @throws BscException if the objective is not on the map
   */
  public Map<ObjectiveId, Integer> from(Flow flow, ObjectiveId start) {
    return from(flow, List.of(Objects.requireNonNull(start, "start")));
  }
}
