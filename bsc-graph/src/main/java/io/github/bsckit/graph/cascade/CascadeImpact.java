package io.github.bsckit.graph.cascade;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.portfolio.UnitObjective;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Impact across the cascade, on the {@link CascadeMap}: which corporate outcomes a team objective serves and
 * along how many paths, and which objectives are keystones of the organisation. Immutable and thread-safe.
 *
 * <pre>{@code
 * CascadeImpact impact = CascadeImpact.of(CascadeMap.of(portfolio));
 * impact.toOutcomes(UnitObjective.parse("team-a/T1"), 10);   // each outcome reached, its exact path count
 * impact.keystones().get(0);                                 // the most central objective
 * }</pre>
 */
public final class CascadeImpact {
  private final CascadeMap map;

  private CascadeImpact(CascadeMap map) {
    this.map = map;
  }

  /**
   * {@return impact analysis over a combined map}
   *
   * @param map the combined map
   */
  public static CascadeImpact of(CascadeMap map) {
    return new CascadeImpact(Objects.requireNonNull(map, "map"));
  }

  /** {@return the map analysed} */
  public CascadeMap map() {
    return map;
  }

  /**
   * Counts the paths from one objective to another exactly, by dynamic programming over the part of the map
   * below {@code from}: O(V + E), however many paths there are.
   *
   * @param from where the paths start
   * @param to where they end
   * @return the number of paths; 0 when {@code to} is not reached
   * @throws io.github.bsckit.core.ValidationException if either is not an objective of the portfolio
   * @throws BscException naming a cycle reachable from {@code from}, along which paths would never end
   */
  public BigInteger countPaths(UnitObjective from, UnitObjective to) {
    map.indexOf(from);
    map.indexOf(to);
    return counts(to).getOrDefault(from, BigInteger.ZERO);
  }

  /**
   * The paths from one objective to another: the exact count and the first {@code limit}, depth first.
   *
   * @param from where the paths start
   * @param to where they end
   * @param limit the most paths to list, at least 1
   * @return the paths
   * @throws io.github.bsckit.core.ValidationException if either is not an objective, or {@code limit < 1}
   * @throws BscException naming a cycle reachable from {@code from}
   */
  public CascadePaths paths(UnitObjective from, UnitObjective to, int limit) {
    Checks.requireAtLeast("limit", limit, 1);
    BigInteger count = countPaths(from, to);
    return new CascadePaths(from, to, count, count.signum() == 0 ? List.of() : list(from, to, limit));
  }

  /**
   * The paths from one objective to every corporate outcome it reaches.
   *
   * @param from where the paths start, typically a team objective
   * @param limit the most paths to list per outcome, at least 1
   * @return one entry per outcome reached, in the outcomes' order
   * @throws io.github.bsckit.core.ValidationException if {@code from} is not an objective, or {@code limit < 1}
   * @throws BscException naming a cycle reachable from {@code from}
   */
  public List<CascadePaths> toOutcomes(UnitObjective from, int limit) {
    Checks.requireAtLeast("limit", limit, 1);
    map.indexOf(from);
    List<CascadePaths> out = new ArrayList<>();
    for (UnitObjective outcome : map.outcomes()) {
      if (!outcome.equals(from)) {
        CascadePaths p = paths(from, outcome, limit);
        if (p.count().signum() > 0) {
          out.add(p);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Ranks the objectives of the whole organisation by betweenness centrality (JGraphT's Brandes, O(V·E)), then
   * by the corporate outcomes they reach (one search each, O(V·(V + E))), then in the map's order.
   *
   * @return every objective, the most central first
   */
  public List<CascadeKeystone> keystones() {
    Map<UnitObjective, Double> scores = new BetweennessCentrality<>(map.graph(), false).getScores();
    Set<UnitObjective> outcomes = new HashSet<>(map.outcomes());
    List<CascadeKeystone> out = new ArrayList<>();
    for (UnitObjective v : map.objectives()) {
      int reached = 0;
      for (UnitObjective r : reachable(v)) {
        if (outcomes.contains(r)) {
          reached++;
        }
      }
      out.add(new CascadeKeystone(v, scores.get(v), reached));
    }
    out.sort(Comparator.comparingDouble(CascadeKeystone::betweenness).reversed()
        .thenComparing(Comparator.comparingInt(CascadeKeystone::outcomesReached).reversed())
        .thenComparingInt(k -> map.indexOf(k.objective())));
    return List.copyOf(out);
  }

  /** Every objective reached from {@code from}, itself excluded. */
  private Set<UnitObjective> reachable(UnitObjective from) {
    Set<UnitObjective> seen = new LinkedHashSet<>();
    Deque<UnitObjective> todo = new ArrayDeque<>(List.of(from));
    while (!todo.isEmpty()) {
      for (CascadeLink e : map.graph().outgoingEdgesOf(todo.poll())) {
        if (!e.to().equals(from) && seen.add(e.to())) {
          todo.add(e.to());
        }
      }
    }
    return seen;
  }

  /**
   * The number of paths from every objective that reaches {@code to}, to it: counts flow backwards from
   * {@code to} in reverse topological order of the part upstream of it (Kahn's algorithm on the reversed arrows).
   */
  private Map<UnitObjective, BigInteger> counts(UnitObjective to) {
    Set<UnitObjective> upstream = new HashSet<>(List.of(to));
    Deque<UnitObjective> todo = new ArrayDeque<>(List.of(to));
    while (!todo.isEmpty()) {
      for (CascadeLink e : map.graph().incomingEdgesOf(todo.poll())) {
        if (upstream.add(e.from())) {
          todo.add(e.from());
        }
      }
    }
    Map<UnitObjective, Integer> pending = new HashMap<>();
    for (UnitObjective v : upstream) {
      int n = 0;
      for (CascadeLink e : map.graph().outgoingEdgesOf(v)) {
        if (upstream.contains(e.to())) {
          n++;
        }
      }
      pending.put(v, n);
    }
    Map<UnitObjective, BigInteger> count = new HashMap<>();
    Deque<UnitObjective> ready = new ArrayDeque<>();
    for (UnitObjective v : upstream) {
      if (pending.get(v) == 0) {
        ready.add(v);
      }
    }
    while (!ready.isEmpty()) {
      UnitObjective v = ready.poll();
      BigInteger c = v.equals(to) ? BigInteger.ONE : BigInteger.ZERO;
      for (CascadeLink e : map.graph().outgoingEdgesOf(v)) {
        if (upstream.contains(e.to())) {
          c = c.add(count.get(e.to()));
        }
      }
      count.put(v, c);
      for (CascadeLink e : map.graph().incomingEdgesOf(v)) {
        if (upstream.contains(e.from()) && pending.merge(e.from(), -1, Integer::sum) == 0) {
          ready.add(e.from());
        }
      }
    }
    if (count.size() < upstream.size()) {
      List<UnitObjective> stuck = upstream.stream().filter(v -> !count.containsKey(v))
          .sorted(Comparator.comparingInt(map::indexOf)).toList();
      throw new BscException("cannot count paths to " + to + ": the arrows go round among "
          + stuck.stream().map(UnitObjective::toString).collect(Collectors.joining(", "))
          + " (see the alignment-cycle and cycle rules)");
    }
    return count;
  }

  /**
   * The first {@code limit} paths, depth first in the order of the arrows. Only arrows into objectives that reach
   * {@code to} are followed, so every descent ends in a path: O(limit · length · degree), never more.
   */
  private List<List<UnitObjective>> list(UnitObjective from, UnitObjective to, int limit) {
    Map<UnitObjective, BigInteger> counts = counts(to);
    List<List<UnitObjective>> out = new ArrayList<>();
    walk(new ArrayList<>(List.of(from)), to, limit, counts, out);
    return out;
  }

  private void walk(List<UnitObjective> path, UnitObjective to, int limit, Map<UnitObjective, BigInteger> counts,
      List<List<UnitObjective>> out) {
    UnitObjective last = path.get(path.size() - 1);
    if (last.equals(to)) {
      out.add(List.copyOf(path));
      return;
    }
    for (CascadeLink e : map.graph().outgoingEdgesOf(last)) {
      if (out.size() == limit) {
        return;
      }
      if (counts.getOrDefault(e.to(), BigInteger.ZERO).signum() > 0) {
        path.add(e.to());
        walk(path, to, limit, counts, out);
        path.remove(path.size() - 1);
      }
    }
  }

  /** {@return for example {@code CascadeImpact of CascadeMap "Acme Group" (…)}} */
  @Override
  public String toString() {
    return "CascadeImpact of " + map;
  }
}
