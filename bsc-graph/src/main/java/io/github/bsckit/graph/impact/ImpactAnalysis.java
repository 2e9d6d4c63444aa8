package io.github.bsckit.graph.impact;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.graph.map.Flow;
import io.github.bsckit.graph.map.Reachability;
import io.github.bsckit.graph.map.StrategyMap;
import io.github.bsckit.graph.map.TopologicalOrder;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.AsWeightedGraph;

/**
 * Impact analysis along the arrows of a strategy map. Immutable and thread-safe; every method computes afresh.
 *
 * <pre>{@code
 * ImpactAnalysis impact = ImpactAnalysis.of(StrategyMap.of(scorecard));
 * impact.pathsToOutcomes(ObjectiveId.of("L1"), 20);      // every chain from L1 to the top row, at most 20
 * impact.countPathsToOutcomes(ObjectiveId.of("L1"));     // exact, even when there are 30^58
 * impact.whatIf(ObjectiveId.of("L1"), 10, 0.8);          // +10 at L1 moves C1 by ...
 * }</pre>
 *
 * <p>On cyclic maps: drivers, effects, path enumeration, strongest paths and keystones work on any map (they
 * deal in simple paths or shortest chains). Path counting and what-if propagation need the part of the map they
 * walk to be acyclic and throw a {@link BscException} naming a cycle otherwise; a cycle elsewhere on the map does
 * not disturb them.
 *
 * <p>Every objective argument must be on the map, or a {@link BscException} names it.
 */
public final class ImpactAnalysis {
  /** The largest map, in objectives, whose keystones' betweenness is computed exactly. */
  public static final int EXACT_KEYSTONES_UP_TO = 2_500;
  /** How many sampled sources estimate betweenness on maps larger than {@link #EXACT_KEYSTONES_UP_TO}. */
  public static final int KEYSTONE_PIVOTS = 2_500;

  private final StrategyMap map;
  private final PathSearch search;

  private ImpactAnalysis(StrategyMap map) {
    this.map = map;
    this.search = new PathSearch(map);
  }

  /**
   * {@return an analysis of a map}
   *
   * @param map the strategy map
   */
  public static ImpactAnalysis of(StrategyMap map) {
    return new ImpactAnalysis(Objects.requireNonNull(map, "map"));
  }

  /**
   * {@return an analysis of a scorecard's map}
   *
   * @param scorecard the scorecard
   */
  public static ImpactAnalysis of(Scorecard scorecard) {
    return of(StrategyMap.of(scorecard));
  }

  /** {@return the map analysed} */
  public StrategyMap map() {
    return map;
  }

  /**
   * Finds everything upstream of an objective: every objective from which a chain of links leads to it. O(V+E).
   *
   * @param objective the objective
   * @return its drivers, nearest first
   */
  public Reach drivers(ObjectiveId objective) {
    return new Reach(objective, Flow.UPSTREAM, Reachability.of(map).from(Flow.UPSTREAM, known(objective)));
  }

  /**
   * Finds everything downstream of an objective: every objective a chain of links from it leads to. O(V+E).
   *
   * @param objective the objective
   * @return its effects, nearest first
   */
  public Reach effects(ObjectiveId objective) {
    return new Reach(objective, Flow.DOWNSTREAM, Reachability.of(map).from(Flow.DOWNSTREAM, known(objective)));
  }

  /**
   * Lists the simple paths from a driver to a target, at most {@code limit} of them. Own depth-first search
   * rather than JGraphT's {@code AllDirectedPaths}, which builds every path before returning and so cannot be
   * bounded by count. The search only enters objectives that can still reach the target, so on an acyclic map
   * its work is bounded by the limit (O(limit · V · degree)); on a cyclic map a branch can still dead-end where a
   * cycle closes, so the limit bounds the answer but not the work.
   *
   * @param from the driver
   * @param to the target, another objective
   * @param limit the most paths to list, at least 1
   * @return the paths, and whether there were more
   */
  public PathSet paths(ObjectiveId from, ObjectiveId to, int limit) {
    distinct(from, to);
    checkLimit(limit);
    return cut(from, Optional.of(to), search.enumerate(from, Set.of(to), false, limit), limit);
  }

  /**
   * Lists the simple paths from a driver to every top-row objective it serves, at most {@code limit} of them;
   * a path may pass through one outcome on its way to another. Costs as {@link #paths(ObjectiveId, ObjectiveId,
   * int)}.
   *
   * @param from the driver
   * @param limit the most paths to list, at least 1
   * @return the paths, and whether there were more
   */
  public PathSet pathsToOutcomes(ObjectiveId from, int limit) {
    known(from);
    checkLimit(limit);
    return cut(from, Optional.empty(), search.enumerate(from, Set.copyOf(map.outcomes()), true, limit), limit);
  }

  private static PathSet cut(ObjectiveId from, Optional<ObjectiveId> to, List<ImpactPath> found, int limit) {
    boolean truncated = found.size() > limit;
    return new PathSet(from, to, truncated ? found.subList(0, limit) : found, limit, truncated);
  }

  /**
   * Counts the simple paths from a driver to a target exactly, by dynamic programming in topological order,
   * never by enumeration. JGraphT's {@code DagAllPathsCounter} does the same for one target on a wholly acyclic
   * graph; this one shares its pass with {@link #countPathsToOutcomes} and tolerates cycles off the paths.
   *
   * @param from the driver
   * @param to the target, another objective
   * @return the number of paths, zero when none
   * @throws BscException naming a cycle among the objectives that lie on paths from the driver to the target
   */
  public BigInteger countPaths(ObjectiveId from, ObjectiveId to) {
    distinct(from, to);
    return search.count(from, Set.of(to)).getOrDefault(to, BigInteger.ZERO);
  }

  /**
   * Counts the simple paths from a driver to each top-row objective in one dynamic-programming pass in
   * topological order (O(V + E) BigInteger additions). Written here rather than calling JGraphT's
   * {@code DagAllPathsCounter} once per outcome, which would sort and walk the whole graph once for every
   * outcome and refuse any cycle anywhere on the map.
   *
   * @param from the driver
   * @return the number of paths to each outcome it reaches
   * @throws BscException naming a cycle among the objectives that lie on paths from the driver to the top row
   */
  public PathCounts countPathsToOutcomes(ObjectiveId from) {
    known(from);
    Map<ObjectiveId, BigInteger> counts = search.count(from, Set.copyOf(map.outcomes()));
    Map<ObjectiveId, BigInteger> ordered = new LinkedHashMap<>();
    for (ObjectiveId o : map.outcomes()) {
      if (counts.containsKey(o)) {
        ordered.put(o, counts.get(o));
      }
    }
    return new PathCounts(from, ordered);
  }

  /**
   * Reports the chains from a driver to a target: the exact number of simple paths ({@link #countPaths}) and
   * the first {@code limit} of them ({@link #paths}).
   *
   * @param from the driver
   * @param to the target, another objective
   * @param limit the most paths to list, at least 1
   * @return the report, with one route
   * @throws BscException naming a cycle among the objectives that lie on paths from the driver to the target
   */
  public PathReport pathReport(ObjectiveId from, ObjectiveId to, int limit) {
    PathSet paths = paths(from, to, limit);
    return new PathReport(from, Optional.of(to), List.of(new PathReport.Route(to, countPaths(from, to), paths)));
  }

  /**
   * Reports the chains from a driver to each top-row objective it reaches, in the map's order: for each, the
   * exact number of simple paths and the first {@code limit} of them. One count pass, then one bounded search per
   * outcome reached.
   *
   * @param from the driver
   * @param limit the most paths to list per outcome, at least 1
   * @return the report, with one route per outcome reached (none when it reaches none)
   * @throws BscException naming a cycle among the objectives that lie on paths from the driver to the top row
   */
  public PathReport pathReport(ObjectiveId from, int limit) {
    checkLimit(limit);
    List<PathReport.Route> routes = new ArrayList<>();
    countPathsToOutcomes(from).byOutcome().forEach((outcome, count) ->
        routes.add(new PathReport.Route(outcome, count, paths(from, outcome, limit))));
    return new PathReport(from, Optional.empty(), routes);
  }

  /**
   * Finds the {@code k} strongest simple paths from a driver to a target, where a path's strength is the
   * product of its links' {@linkplain CausalLink#effectiveStrength() strengths} (a link of
   * unstated strength counting as {@link io.github.bsckit.core.model.Strength#UNSTATED moderate}): Yen's k-shortest simple paths
   * (JGraphT) with each link weighted −ln(strength), so the shortest path is the strongest.
   *
   * @param from the driver
   * @param to the target, another objective
   * @param k how many paths at most, at least 1
   * @return up to k paths, strongest first; empty when the target is out of reach
   */
  public List<ImpactPath> strongestPaths(ObjectiveId from, ObjectiveId to, int k) {
    distinct(from, to);
    Checks.requireAtLeast("k", k, 1);
    AsWeightedGraph<ObjectiveId, CausalLink> weighted =
        new AsWeightedGraph<>(map.graph(), l -> -Math.log(l.effectiveStrength()), true, false);
    List<ImpactPath> out = new ArrayList<>();
    for (GraphPath<ObjectiveId, CausalLink> p : new YenKShortestPath<>(weighted).getPaths(from, to, k)) {
      out.add(new ImpactPath(p.getEdgeList()));
    }
    // Yen orders by summed logarithms; sort on the exact products so rounding cannot swap near-equal paths.
    out.sort(Comparator.comparingDouble(ImpactPath::strength).reversed());
    return List.copyOf(out);
  }

  /**
   * Ranks objectives by how central they are: betweenness centrality first, then the number of outcomes they
   * reach, then declaration order. Betweenness is Brandes' algorithm, O(V·E), exact (the same numbers as
   * JGraphT's {@code BetweennessCentrality}) on maps of up to {@value #EXACT_KEYSTONES_UP_TO} objectives. On larger
   * maps it is estimated by Brandes and Pich's source sampling from {@value #KEYSTONE_PIVOTS} sources, O(k·E), and
   * every keystone says {@linkplain Keystone#approximate() approximate}: by Hoeffding's bound, with probability at
   * least 1 − δ every estimate lies within V·(V − 2)·√(ln(2V/δ) / 2k) of the exact value (for 10,000 objectives and
   * δ = 0.05, within 5.1% of V·(V − 2)). Reach is one pass over bitsets of the outcomes on an acyclic map,
   * O(E·outcomes/64), else one breadth-first search per objective, O(V·(V+E)).
   *
   * @return every objective, the most central first
   */
  public List<Keystone> keystones() {
    return keystones(Comparator.comparingDouble(Keystone::betweenness).reversed()
        .thenComparing(Comparator.comparingInt(Keystone::outcomesReached).reversed()));
  }

  /**
   * Ranks objectives by how many outcomes they reach, then by betweenness centrality, then declaration order.
   * Costs, exactness and the error bound are those of {@link #keystones()}.
   *
   * @return every objective, the one reaching most outcomes first
   */
  public List<Keystone> keystonesByReach() {
    return keystones(Comparator.comparingInt(Keystone::outcomesReached).reversed()
        .thenComparing(Comparator.comparingDouble(Keystone::betweenness).reversed()));
  }

  private List<Keystone> keystones(Comparator<Keystone> order) {
    Centrality centrality = Centrality.of(map);
    double[] scores = centrality.betweenness();
    boolean approximate = !Centrality.isExact(map.size());
    List<ObjectiveId> ids = map.objectiveIds();
    boolean[] outcome = new boolean[ids.size()];
    for (ObjectiveId o : map.outcomes()) {
      outcome[map.indexOf(o)] = true;
    }
    int[] reached = centrality.outcomesReached(outcome);
    List<Keystone> out = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      out.add(new Keystone(ids.get(i), scores[i], reached[i], approximate));
    }
    // Ties fall back to declaration order, which is the order of the list already (the sort is stable).
    out.sort(order);
    return List.copyOf(out);
  }

  /**
   * Propagates a change in one objective along the links, in topological order: each link passes on the change
   * of its cause times its {@linkplain CausalLink#effectiveStrength() strength} (moderate when unstated), its
   * polarity's sign and the damping factor, and an objective's projected
   * change is the sum over its incoming links. So each path contributes change · Π(strength · sign) ·
   * damping^length: a linear model of the hypotheses the map states, not a forecast.
   *
   * @param source the objective that changes
   * @param change the change, finite (in whatever unit the caller reasons in: points, percent, score)
   * @param damping the share each link passes on, in (0, 1]
   * @return the projected change of every objective downstream of the source
   * @throws BscException if the change or damping is out of range, or naming a cycle downstream of the source
   */
  public Projection whatIf(ObjectiveId source, double change, double damping) {
    known(source);
    Checks c = new Checks();
    c.finite("change", change);
    c.check(damping > 0 && damping <= 1, "damping", "must be in (0, 1] but was " + damping);
    c.throwIfAny();
    List<ObjectiveId> part = new ArrayList<>(Reachability.of(map).from(Flow.DOWNSTREAM, source).keySet());
    part.add(source);
    Set<ObjectiveId> inPart = new HashSet<>(part);
    Map<ObjectiveId, Double> delta = new HashMap<>();
    delta.put(source, change);
    Map<ObjectiveId, Double> projected = new LinkedHashMap<>();
    for (ObjectiveId v : TopologicalOrder.of(map).among(part)) {
      double here = delta.getOrDefault(v, 0.0);
      if (!v.equals(source)) {
        projected.put(v, here);
      }
      for (CausalLink l : map.graph().outgoingEdgesOf(v)) {
        if (inPart.contains(l.to())) {
          delta.merge(l.to(), here * l.effectiveStrength() * l.polarity().sign() * damping, Double::sum);
        }
      }
    }
    return new Projection(source, change, damping, projected);
  }

  private ObjectiveId known(ObjectiveId id) {
    map.indexOf(id);
    return id;
  }

  private void distinct(ObjectiveId from, ObjectiveId to) {
    known(from);
    known(to);
    if (from.equals(to)) {
      throw Checks.invalid("to", "must be an objective other than from (" + from + ") but was " + to);
    }
  }

  private static void checkLimit(int limit) {
    Checks.requireAtLeast("limit", limit, 1);
  }

  /** {@return for example {@code ImpactAnalysis of StrategyMap "Acme" (...)}} */
  @Override
  public String toString() {
    return "ImpactAnalysis of " + map;
  }
}
