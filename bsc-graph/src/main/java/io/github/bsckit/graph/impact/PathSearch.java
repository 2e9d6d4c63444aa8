package io.github.bsckit.graph.impact;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.Flow;
import io.github.bsckit.graph.map.Reachability;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.map.TopologicalOrder;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;

/** Path enumeration and path counting from one driver to a set of targets. */
final class PathSearch {
  private final StrategyMap map;
  private final Graph<ObjectiveId, CausalLink> graph;

  PathSearch(StrategyMap map) {
    this.map = map;
    this.graph = map.graph();
  }

  /** The targets and every objective that can still reach one of them: the only places worth visiting. */
  private Set<ObjectiveId> leadingTo(Set<ObjectiveId> targets) {
    Set<ObjectiveId> useful = new HashSet<>(targets);
    useful.addAll(Reachability.of(map).from(Flow.UPSTREAM, targets).keySet());
    return useful;
  }

  /**
   * Depth-first search for simple paths of at least one link, in link order, stopping at {@code limit + 1}
   * paths so the caller knows whether the list was cut. The search never enters an objective that cannot reach
   * a target, so on an acyclic map every branch ends in a path and the work is O(limit · V · degree); on a
   * cyclic map a branch can still dead-end where the cycle closes.
   */
  List<ImpactPath> enumerate(ObjectiveId from, Set<ObjectiveId> targets, boolean continuePastTargets, int limit) {
    Set<ObjectiveId> useful = leadingTo(targets);
    List<ImpactPath> found = new ArrayList<>();
    if (!useful.contains(from)) {
      return found;
    }
    Deque<CausalLink> path = new ArrayDeque<>();
    Set<ObjectiveId> onPath = new HashSet<>();
    Deque<Iterator<CausalLink>> stack = new ArrayDeque<>();
    onPath.add(from);
    stack.push(graph.outgoingEdgesOf(from).iterator());
    while (!stack.isEmpty() && found.size() <= limit) {
      Iterator<CausalLink> next = stack.peek();
      if (!next.hasNext()) {
        stack.pop();
        if (!path.isEmpty()) {
          onPath.remove(path.removeLast().to());
        }
        continue;
      }
      CausalLink link = next.next();
      ObjectiveId w = link.to();
      if (!useful.contains(w) || onPath.contains(w)) {
        continue;
      }
      path.addLast(link);
      onPath.add(w);
      boolean target = targets.contains(w);
      if (target) {
        found.add(new ImpactPath(new ArrayList<>(path)));
      }
      if (!target || continuePastTargets) {
        stack.push(graph.outgoingEdgesOf(w).iterator());
      } else {
        onPath.remove(path.removeLast().to());
      }
    }
    return found;
  }

  /**
   * Counts simple paths of at least one link from {@code from} to each target, by dynamic programming in
   * topological order over the objectives that lie on some such path: ways(from) = 1, and each objective adds
   * its ways to each of its effects. One pass serves every target at once, and only cycles among those
   * objectives matter. O(V + E) additions of BigIntegers.
   *
   * @throws io.github.bsckit.core.BscException naming a cycle among the objectives on the paths
   */
  Map<ObjectiveId, BigInteger> count(ObjectiveId from, Set<ObjectiveId> targets) {
    Set<ObjectiveId> useful = leadingTo(targets);
    Set<ObjectiveId> relevant = new HashSet<>();
    if (useful.contains(from)) {
      relevant.add(from);
    }
    for (ObjectiveId id : Reachability.of(map).from(Flow.DOWNSTREAM, from).keySet()) {
      if (useful.contains(id)) {
        relevant.add(id);
      }
    }
    Map<ObjectiveId, BigInteger> ways = new HashMap<>();
    ways.put(from, BigInteger.ONE);
    for (ObjectiveId v : TopologicalOrder.of(map).among(relevant)) {
      BigInteger here = ways.get(v);
      if (here == null) {
        continue;
      }
      for (CausalLink l : graph.outgoingEdgesOf(v)) {
        if (relevant.contains(l.to())) {
          ways.merge(l.to(), here, BigInteger::add);
        }
      }
    }
    ways.remove(from);
    Map<ObjectiveId, BigInteger> out = new HashMap<>();
    for (ObjectiveId t : targets) {
      BigInteger n = ways.get(t);
      if (n != null) {
        out.put(t, n);
      }
    }
    return out;
  }
}
