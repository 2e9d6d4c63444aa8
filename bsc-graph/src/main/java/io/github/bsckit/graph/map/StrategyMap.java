package io.github.bsckit.graph.map;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.positions.MapArrays;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The strategy map of a scorecard: its objectives as vertices, its causal links as arrows, each objective in
 * the row of its perspective. Immutable and thread-safe.
 *
 * <pre>{@code
 * StrategyMap map = StrategyMap.of(scorecard);
 * map.rankOf(ObjectiveId.of("L1"));          // 0: the bottom row
 * map.graph().outgoingEdgesOf(ObjectiveId.of("L1"));
 * }</pre>
 *
 * <p><b>Two views of the links.</b> A scorecard may hold the same arrow twice and arrows from an objective to
 * itself; the rules {@code duplicate-link} and {@code self-link} report them, so {@link #links()} keeps every
 * link exactly as declared. The analyses need the causal structure instead: {@link #graph()} is a simple
 * directed graph with one edge per ordered pair of distinct objectives, the <em>first</em> declared link of the
 * pair, and no self-loops. A self-link says nothing about what drives what, and counting a duplicate arrow twice
 * would double every path through it.
 *
 * <p>The JGraphT graph is handed out on purpose, read-only ({@link AsUnmodifiableGraph}), so that users can run
 * any JGraphT algorithm on it; its vertex and edge sets iterate in declaration order. Building a map is
 * O(V + E) for V objectives and E links.
 *
 * <p>The map is a value; the algorithms over it are small classes built with it and queried, each stating its
 * cost: {@link Reachability}, {@link Cycles}, {@link TopologicalOrder}, {@link LinkReduction}, and
 * {@code ImpactAnalysis} in {@code io.github.bsckit.graph.impact}.
 */
public final class StrategyMap {
  private final Scorecard scorecard;
  private final Index index;
  private final List<ObjectiveId> ids;
  private final Graph<ObjectiveId, CausalLink> graph;

  private StrategyMap(Scorecard scorecard) {
    this.scorecard = scorecard;
    this.index = new Index(scorecard);
    this.ids = index.ids;
    this.graph = index.graph;
  }

  /**
   * The map built last, held weakly: validation ({@code StrategyMapRules}) and then an analysis of the same
   * scorecard ({@code ImpactAnalysis.of(scorecard)}) would otherwise each build it. Both are immutable, so
   * sharing is safe from any thread; a different scorecard simply builds and replaces it.
   */
  static {
    MapArrays.grant(map -> ((StrategyMap) map).index.arrays);
  }

  private static final AtomicReference<WeakReference<StrategyMap>> LAST = new AtomicReference<>(
      new WeakReference<>(null));

  /**
   * Builds the strategy map of a scorecard in O(V + E); asked again for the very same scorecard instance (as
   * validation and then analysis do), returns the map already built, in O(1).
   *
   * @param scorecard the scorecard
   * @return its map
   */
  public static StrategyMap of(Scorecard scorecard) {
    Objects.requireNonNull(scorecard, "scorecard");
    StrategyMap last = LAST.get().get();
    if (last != null && last.scorecard == scorecard) {
      return last;
    }
    StrategyMap built = new StrategyMap(scorecard);
    LAST.set(new WeakReference<>(built));
    return built;
  }

  /**
   * Writes a chain of objectives the way people draw it.
   *
   * @param objectives the objectives in order
   * @return for example {@code L1 -> P1 -> C1}
   */
  public static String arrows(List<ObjectiveId> objectives) {
    Objects.requireNonNull(objectives, "objectives");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < objectives.size(); i++) {
      sb.append(i == 0 ? "" : " -> ").append(objectives.get(i));
    }
    return sb.toString();
  }

  /** {@return the scorecard this map was built from} */
  public Scorecard scorecard() {
    return scorecard;
  }

  /**
   * {@return the map as a read-only JGraphT graph: one vertex per objective, one edge per pair of distinct
   * objectives with at least one link (the first declared), no self-loops; every mutator throws
   * {@link UnsupportedOperationException}}
   */
  public Graph<ObjectiveId, CausalLink> graph() {
    return graph;
  }

  /** {@return every link as declared in the scorecard, duplicates and self-links included; unmodifiable} */
  public List<CausalLink> links() {
    return scorecard.links();
  }

  /** {@return the ids of all objectives, in declaration order; unmodifiable} */
  public List<ObjectiveId> objectiveIds() {
    return ids;
  }

  /**
   * {@return true if the map has this objective}
   *
   * @param id an objective id
   */
  public boolean contains(ObjectiveId id) {
    return index.position.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * Finds an objective of the map, as {@link Scorecard#objective(ObjectiveId)} does.
   *
   * @param id the objective's id
   * @return the objective, or empty when the map has no such objective
   */
  public Optional<Objective> objective(ObjectiveId id) {
    Integer i = index.position.get(Objects.requireNonNull(id, "id"));
    return i == null ? Optional.empty() : Optional.of(scorecard.objectives().get(i));
  }

  /**
   * The position of an objective in declaration order, the order every result of bsc-graph is sorted by when
   * nothing else decides.
   *
   * @param id the objective's id
   * @return its 0-based position among the scorecard's objectives
   * @throws BscException if the map has no such objective
   */
  public int indexOf(ObjectiveId id) {
    Integer i = index.position.get(Objects.requireNonNull(id, "id"));
    if (i == null) {
      throw new BscException("no objective \"" + id + "\" on the map of \"" + scorecard.name() + "\"");
    }
    return i;
  }

  /** {@return a comparator putting objectives in declaration order} */
  public Comparator<ObjectiveId> declarationOrder() {
    return Comparator.comparingInt(this::indexOf);
  }

  /**
   * The row of an objective counted from the bottom: 0 for the bottom perspective (classically learning &amp;
   * growth), {@link #topRank()} for the top one.
   *
   * @param id the objective's id
   * @return its perspective's rank from the bottom
   * @throws BscException if the map has no such objective
   */
  public int rankOf(ObjectiveId id) {
    return index.rank[indexOf(id)];
  }

  /**
   * {@return the rank from the bottom of a perspective}
   *
   * @param perspective the perspective's id
   * @throws BscException if the scorecard does not declare it
   */
  public int rankOf(PerspectiveId perspective) {
    Integer r = index.perspectiveRank.get(Objects.requireNonNull(perspective, "perspective"));
    if (r == null) {
      throw new BscException("no perspective \"" + perspective + "\" on the map of \"" + scorecard.name() + "\"");
    }
    return r;
  }

  /** {@return the rank of the top row: the number of perspectives minus one} */
  public int topRank() {
    return index.rows.size() - 1;
  }

  /**
   * {@return the perspective at a rank}
   *
   * @param rank the rank from the bottom, 0 to {@link #topRank()}
   * @throws BscException if the rank is out of range
   */
  public Perspective perspectiveAt(int rank) {
    checkRank(rank);
    return scorecard.perspectives().get(topRank() - rank);
  }

  /**
   * {@return the perspective an objective belongs to}
   *
   * @param id the objective's id
   */
  public Perspective perspectiveOf(ObjectiveId id) {
    return perspectiveAt(rankOf(id));
  }

  /**
   * {@return the objectives of one row, in declaration order; unmodifiable}
   *
   * @param rank the rank from the bottom, 0 to {@link #topRank()}
   * @throws BscException if the rank is out of range
   */
  public List<ObjectiveId> row(int rank) {
    checkRank(rank);
    return index.rows.get(rank);
  }

  private void checkRank(int rank) {
    if (rank < 0 || rank > topRank()) {
      throw Checks.invalid("rank", "must be in 0.." + topRank() + " but was " + rank);
    }
  }

  /** {@return the outcomes: the objectives of the top perspective, in declaration order; unmodifiable} */
  public List<ObjectiveId> outcomes() {
    return index.rows.get(topRank());
  }

  /**
   * {@return true if the objective sits in the top perspective}
   *
   * @param id the objective's id
   */
  public boolean isOutcome(ObjectiveId id) {
    return rankOf(id) == topRank();
  }

  /**
   * {@return the themes an objective serves; unmodifiable}
   *
   * @param id the objective's id
   * @throws BscException if the map has no such objective
   */
  public List<ThemeId> themesOf(ObjectiveId id) {
    return scorecard.objectives().get(indexOf(id)).themes();
  }

  /** {@return each declared theme with its objectives in declaration order, themes in declaration order} */
  public Map<ThemeId, List<ObjectiveId>> themes() {
    return index.themeMembers;
  }

  /**
   * {@return the objectives an objective's links point at directly, in link order, without repeats or itself}
   *
   * @param id the cause
   */
  public List<ObjectiveId> directEffects(ObjectiveId id) {
    return Collections.unmodifiableList(index.idsAt(index.successors[indexOf(id)]));
  }

  /**
   * {@return the objectives whose links point at an objective directly, in link order, without repeats or
   * itself}
   *
   * @param id the effect
   */
  public List<ObjectiveId> directCauses(ObjectiveId id) {
    return Collections.unmodifiableList(index.idsAt(index.predecessors[indexOf(id)]));
  }

  /** The map's adjacency, for the algorithm classes of this package. */
  Index index() {
    return index;
  }

  /** {@return an error naming a cycle among the marked objectives (all when {@code in} is null)} */
  BscException cycleError(boolean[] in) {
    List<ObjectiveId> cycle = index.idsAt(Topology.cycleAmongLeftovers(index.successors, index.predecessors, in));
    cycle.add(cycle.get(0));
    return new BscException("the map of \"" + scorecard.name() + "\" has a cycle " + arrows(cycle)
        + "; this analysis needs the links to run one way only");
  }

  /** {@return the number of objectives} */
  public int size() {
    return ids.size();
  }

  /** Two maps are equal when built from equal scorecards. */
  @Override
  public boolean equals(Object o) {
    return o instanceof StrategyMap other && scorecard.equals(other.scorecard);
  }

  @Override
  public int hashCode() {
    return scorecard.hashCode();
  }

  /** {@return for example {@code StrategyMap "Acme" (4 objectives in 4 rows, 3 arrows)}} */
  @Override
  public String toString() {
    int arrows = graph.edgeSet().size();
    return "StrategyMap \"" + scorecard.name() + "\" (" + Numbers.plural(ids.size(), "objective") + " in "
        + Numbers.plural(index.rows.size(), "row") + ", " + Numbers.plural(arrows, "arrow") + ")";
  }
}
