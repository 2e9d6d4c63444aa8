package io.github.bsckit.graph.rules;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.rules.RuleContext;
import io.github.bsckit.graph.map.Cycles;
import io.github.bsckit.graph.map.ImpliedLink;
import io.github.bsckit.graph.map.LinkReduction;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.positions.MapArrays;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/** The checks that judge the shape of the whole map: cycles, reach, redundancy, and whether it has arrows. */
final class ShapeChecks {
  private ShapeChecks() {}

  static void cycle(Scorecard s, RuleContext ctx, int maxReported) {
    StrategyMap map = StrategyMapRules.map(ctx);
    // One more than reported tells whether there are more.
    List<List<ObjectiveId>> cycles = Cycles.of(map).list(maxReported == Integer.MAX_VALUE ? maxReported : maxReported + 1);
    for (int i = 0; i < Math.min(maxReported, cycles.size()); i++) {
      List<ObjectiveId> cycle = cycles.get(i);
      List<ObjectiveId> closed = new ArrayList<>(cycle);
      closed.add(cycle.get(0));
      ctx.report("objectives " + StrategyMap.arrows(closed) + " form a cycle; a chain of causes must not lead back"
          + " to where it started", cycle);
    }
    if (cycles.size() > maxReported) {
      // Listing every cycle of a dense knot could take exponential time: name the knots instead.
      Graph<ObjectiveId, CausalLink> g = map.graph();
      Set<ObjectiveId> onCycles = new LinkedHashSet<>();
      for (Set<ObjectiveId> component : new KosarajuStrongConnectivityInspector<>(g).stronglyConnectedSets()) {
        if (component.size() > 1) {
          onCycles.addAll(component);
        }
      }
      List<ObjectiveId> sorted = onCycles.stream().sorted(map.declarationOrder()).toList();
      ctx.report("the map has more than " + maxReported + " cycles, among objectives " + sorted + "; only the first "
          + maxReported + " are listed", sorted);
    }
  }

  /** True when the per-objective reach checks should stay quiet because no-links says it all. */
  private static boolean noArrows(StrategyMap map) {
    return map.graph().edgeSet().isEmpty();
  }

  static void noLinks(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    if (noArrows(map) && map.size() >= 2) {
      ctx.report("the map has " + map.size() + " objectives but no links between them; draw the cause-and-effect"
          + " arrows from the enablers at the bottom to the outcomes at the top");
    }
  }

  static void isolatedObjective(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    if (noArrows(map)) {
      return;
    }
    MapArrays a = MapArrays.of(map);
    List<ObjectiveId> ids = map.objectiveIds();
    for (int i = 0; i < ids.size(); i++) {
      if (a.isolated(i)) {
        ObjectiveId id = ids.get(i);
        ctx.report("objective " + id + " \"" + s.objectives().get(i).name() + "\" has no link to or from another"
            + " objective", id);
      }
    }
  }

  static void noPathToOutcome(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    if (noArrows(map) || map.topRank() == 0) {
      return;
    }
    if (map.outcomes().isEmpty()) {
      ctx.report("the top perspective " + map.perspectiveAt(map.topRank()).name() + " has no objective, so no"
          + " chain of links reaches an outcome", map.perspectiveAt(map.topRank()).id());
      return;
    }
    MapArrays a = MapArrays.of(map);
    int top = map.topRank();
    int[] outcomes = positions(a, r -> r == top);
    boolean[] leadToOutcome = MapArrays.reached(a.predecessors(), outcomes);
    List<ObjectiveId> ids = map.objectiveIds();
    for (int i = 0; i < ids.size(); i++) {
      if (a.rank()[i] != top && !leadToOutcome[i] && !a.isolated(i)) {
        ObjectiveId id = ids.get(i);
        ctx.report("objective " + id + " \"" + s.objectives().get(i).name() + "\" leads to no objective of "
            + map.perspectiveAt(top).name(), id);
      }
    }
  }

  static void unsupportedOutcome(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    if (noArrows(map) || map.topRank() == 0) {
      return;
    }
    MapArrays a = MapArrays.of(map);
    int top = map.topRank();
    boolean[] driven = MapArrays.reached(a.successors(), positions(a, r -> r < top));
    List<ObjectiveId> ids = map.objectiveIds();
    for (int i = 0; i < ids.size(); i++) {
      if (a.rank()[i] == top && !driven[i] && !a.isolated(i)) {
        ObjectiveId id = ids.get(i);
        ctx.report("outcome " + id + " \"" + s.objectives().get(i).name() + "\" is driven by no objective of a lower"
            + " perspective", id);
      }
    }
  }

  /** The positions whose rank passes a test, in declaration order. */
  private static int[] positions(MapArrays a, IntPredicate rank) {
    return IntStream.range(0, a.rank().length).filter(i -> rank.test(a.rank()[i])).toArray();
  }

  static void redundantLink(Scorecard s, RuleContext ctx) {
    StrategyMap map = StrategyMapRules.map(ctx);
    if (Cycles.of(map).exist()) {
      return; // the cycle rule reports the real problem; a cyclic map's reduction is not unique
    }
    for (ImpliedLink implied : LinkReduction.of(map).impliedLinks()) {
      ctx.report("link " + implied.link().from() + " -> " + implied.link().to() + " is implied by the chain "
          + StrategyMap.arrows(implied.chain()), implied.link().from(), implied.link().to());
    }
  }
}
