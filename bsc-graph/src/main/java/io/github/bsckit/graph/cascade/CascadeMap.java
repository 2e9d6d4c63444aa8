package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.portfolio.Alignment;
import io.github.bsckit.core.portfolio.Portfolio;
import io.github.bsckit.core.portfolio.Unit;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedMultigraph;
import org.jgrapht.graph.AsUnmodifiableGraph;

/**
 * The combined strategy map of a {@link Portfolio}: every unit's objectives, every unit's causal links, and
 * every alignment edge, as one JGraphT directed graph whose vertices are {@link UnitObjective}s. Arrows point
 * the way value flows: from cause to effect, and from a supporting objective up to the one it supports, so a
 * team objective reaches the corporate outcomes along them. Immutable and thread-safe.
 *
 * <pre>{@code
 * CascadeMap map = CascadeMap.of(portfolio);
 * map.graph().vertexSet().size();     // every objective of every unit
 * map.outcomes();                     // the root unit's top-row objectives
 * }</pre>
 */
public final class CascadeMap {
  private final Portfolio portfolio;
  private final Graph<UnitObjective, CascadeLink> graph;
  private final List<UnitObjective> objectives;
  private final Map<UnitObjective, Integer> order;
  private final List<UnitObjective> outcomes;

  private CascadeMap(Portfolio portfolio) {
    this.portfolio = portfolio;
    Graph<UnitObjective, CascadeLink> g = new DirectedMultigraph<>(null, null, false);
    List<UnitObjective> all = new ArrayList<>();
    Map<UnitObjective, Integer> index = new HashMap<>();
    for (Unit u : portfolio.units()) {
      for (Objective o : u.scorecard().objectives()) {
        UnitObjective v = new UnitObjective(u.id(), o.id());
        g.addVertex(v);
        index.put(v, all.size());
        all.add(v);
      }
    }
    for (Unit u : portfolio.units()) {
      List<CausalLink> links = u.scorecard().links();
      for (int i = 0; i < links.size(); i++) {
        CausalLink l = links.get(i);
        if (l.from().equals(l.to())) {
          continue; // a self-link is the unit map's own finding (self-link), and no path goes round it
        }
        g.addEdge(new UnitObjective(u.id(), l.from()), new UnitObjective(u.id(), l.to()),
            new CascadeLink(new UnitObjective(u.id(), l.from()), new UnitObjective(u.id(), l.to()),
                CascadeLink.Kind.LINK, l.effectiveStrength(), i));
      }
    }
    List<Alignment> alignments = portfolio.alignments();
    for (int i = 0; i < alignments.size(); i++) {
      Alignment a = alignments.get(i);
      g.addEdge(a.from(), a.to(), new CascadeLink(a.from(), a.to(), CascadeLink.Kind.ALIGNMENT, a.weight(), i));
    }
    this.graph = new AsUnmodifiableGraph<>(g);
    this.objectives = Collections.unmodifiableList(all);
    this.order = index;
    Unit root = portfolio.root();
    Scorecard top = root.scorecard();
    this.outcomes = top.objectivesIn(top.topPerspective().id()).stream()
        .map(o -> new UnitObjective(root.id(), o.id())).toList();
  }

  /**
   * {@return the combined map of a portfolio}
   *
   * @param portfolio the portfolio
   */
  public static CascadeMap of(Portfolio portfolio) {
    return new CascadeMap(Objects.requireNonNull(portfolio, "portfolio"));
  }

  /** {@return the portfolio drawn} */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** {@return the graph, read-only: every unit objective, every causal link and every alignment} */
  public Graph<UnitObjective, CascadeLink> graph() {
    return graph;
  }

  /** {@return every unit objective, unit by unit in the portfolio's order; unmodifiable} */
  public List<UnitObjective> objectives() {
    return objectives;
  }

  /** {@return the corporate outcomes: the root unit's objectives in its top perspective} */
  public List<UnitObjective> outcomes() {
    return outcomes;
  }

  /**
   * {@return whether the map has this objective}
   *
   * @param id the qualified objective
   */
  public boolean contains(UnitObjective id) {
    return order.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * The position of an objective in {@link #objectives()}.
   *
   * @param id the qualified objective
   * @return its position
   * @throws io.github.bsckit.core.ValidationException if the portfolio has no such objective
   */
  public int indexOf(UnitObjective id) {
    Integer i = order.get(Objects.requireNonNull(id, "id"));
    if (i == null) {
      throw Checks.invalid("id", "must name an objective of portfolio \"" + portfolio.name() + "\" as unit/objective"
          + " but was " + id);
    }
    return i;
  }

  /** {@return for example {@code CascadeMap "Acme Group" (10 units, 34 objectives, 20 links, 24 alignments)}} */
  @Override
  public String toString() {
    long alignments = graph.edgeSet().stream().filter(e -> e.kind() == CascadeLink.Kind.ALIGNMENT).count();
    return "CascadeMap \"" + portfolio.name() + "\" (" + portfolio.units().size() + " units, " + objectives.size()
        + " objectives, " + (graph.edgeSet().size() - alignments) + " links, " + alignments + " alignments)";
  }
}
