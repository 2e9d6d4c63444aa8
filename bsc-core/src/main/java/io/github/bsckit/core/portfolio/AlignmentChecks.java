package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Objective;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The portfolio rules of {@link PortfolioRuleSet}, over one portfolio. The alignment ends are indexed once, so
 * each rule is linear in the portfolio's size. Confined to one validation.
 */
final class AlignmentChecks {
  private final Portfolio portfolio;
  private final Set<UnitObjective> supporting = new HashSet<>();
  private final Set<UnitObjective> supported = new HashSet<>();
  private Map<UnitObjective, Integer> groups;

  AlignmentChecks(Portfolio portfolio) {
    this.portfolio = portfolio;
    for (Alignment a : portfolio.alignments()) {
      supporting.add(a.from());
      supported.add(a.to());
    }
  }

  /** Runs the rule with this id, reporting each finding as a message and its subjects. */
  void run(String id, BiConsumer<String, List<UnitElement>> report) {
    switch (id) {
      case PortfolioRuleSet.ORPHAN_UNIT -> orphans(report);
      case PortfolioRuleSet.ALIGNMENT_CYCLE -> cycles(report);
      case PortfolioRuleSet.ALIGNMENT_SKIPS_LEVEL -> skips(report);
      case PortfolioRuleSet.UNALIGNED_OBJECTIVE -> unaligned(report);
      case PortfolioRuleSet.UNSUPPORTED_OBJECTIVE -> unsupported(report);
      case PortfolioRuleSet.ROLLUP_UNIT_MISMATCH -> unitMismatches(report);
      case PortfolioRuleSet.ROLLUP_KIND_MISMATCH -> kindMismatches(report);
      default -> throw new IllegalStateException("no check for " + id);
    }
  }

  private void orphans(BiConsumer<String, List<UnitElement>> report) {
    Unit root = portfolio.root();
    for (Unit u : portfolio.units()) {
      if (u.parent().isEmpty() && u != root) {
        report.accept("unit " + u.id() + " has no parent, but the portfolio's root is " + root.id()
            + ": a portfolio is one tree, so give " + u.id() + " a parent", List.of(UnitElement.of(u.id())));
      }
    }
  }

  private void unaligned(BiConsumer<String, List<UnitElement>> report) {
    for (Unit u : portfolio.units()) {
      if (u.parent().isEmpty()) {
        continue;
      }
      for (Objective o : u.scorecard().objectives()) {
        UnitObjective at = new UnitObjective(u.id(), o.id());
        if (!supporting.contains(at)) {
          report.accept("objective " + o.id() + " \"" + o.name() + "\" of unit " + u.id() + " supports no objective of "
              + u.parent().get() + " or above", List.of(at.asElement()));
        }
      }
    }
  }

  private void unsupported(BiConsumer<String, List<UnitElement>> report) {
    for (Unit u : portfolio.units()) {
      List<Unit> below = portfolio.children(u.id());
      if (below.isEmpty()) {
        continue;
      }
      for (Objective o : u.scorecard().objectives()) {
        UnitObjective at = new UnitObjective(u.id(), o.id());
        if (!supported.contains(at)) {
          report.accept("objective " + o.id() + " \"" + o.name() + "\" of unit " + u.id() + " is supported by no"
              + " objective of " + below.stream().map(b -> b.id().value()).collect(Collectors.joining(", ")),
              List.of(at.asElement()));
        }
      }
    }
  }

  /**
   * An alignment on a cycle goes down or across somewhere, but that is the cycle's finding: it is reported once,
   * by alignment-cycle, and the alignments on it are not reported again here.
   */
  private void skips(BiConsumer<String, List<UnitElement>> report) {
    Map<UnitObjective, Integer> groups = groups();
    for (Alignment a : portfolio.alignments()) {
      UnitId from = a.from().unit();
      UnitId to = a.to().unit();
      Optional<UnitId> parent = portfolio.unit(from).flatMap(Unit::parent);
      Integer group = groups.get(a.from());
      if ((parent.isPresent() && parent.get().equals(to)) || (group != null && group.equals(groups.get(a.to())))) {
        continue;
      }
      String where;
      if (from.equals(to)) {
        where = "within unit " + from + " itself (a causal link of its map, not an alignment)";
      } else if (isAncestor(to, from)) {
        int levels = portfolio.depth(from) - portfolio.depth(to);
        where = levels + " levels up, past " + parent.map(UnitId::value).orElse("no parent");
      } else if (isAncestor(from, to)) {
        where = "down, to unit " + to + " below " + from;
      } else {
        where = "across, to unit " + to + ", which is not above " + from;
      }
      report.accept("alignment " + a.from() + " -> " + a.to() + " goes " + where + "; an objective supports its"
          + " parent unit's", List.of(a.from().asElement(), a.to().asElement()));
    }
  }

  /** True when {@code upper} is a strict ancestor of {@code lower}. */
  private boolean isAncestor(UnitId upper, UnitId lower) {
    Optional<UnitId> at = portfolio.unit(lower).flatMap(Unit::parent);
    while (at.isPresent()) {
      if (at.get().equals(upper)) {
        return true;
      }
      at = portfolio.unit(at.get()).flatMap(Unit::parent);
    }
    return false;
  }

  /** One finding per strongly connected group of alignments, naming a cycle through it. */
  private void cycles(BiConsumer<String, List<UnitElement>> report) {
    Map<UnitObjective, Integer> groups = groups();
    Map<Integer, Set<UnitObjective>> members = new LinkedHashMap<>();
    groups.forEach((v, g) -> members.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(v));
    Map<UnitObjective, List<UnitObjective>> next = next();
    for (Set<UnitObjective> group : members.values()) {
      UnitObjective start = group.iterator().next();
      List<UnitObjective> cycle = cycleThrough(start, group, next);
      report.accept("alignments go round " + cycle.stream().map(UnitObjective::toString)
          .collect(Collectors.joining(" -> ")) + " -> " + cycle.get(0) + ": an objective cannot support itself",
          cycle.stream().map(UnitObjective::asElement).toList());
    }
  }

  private Map<UnitObjective, List<UnitObjective>> next() {
    Map<UnitObjective, List<UnitObjective>> next = new LinkedHashMap<>();
    for (Alignment a : portfolio.alignments()) {
      next.computeIfAbsent(a.from(), k -> new ArrayList<>()).add(a.to());
      next.computeIfAbsent(a.to(), k -> new ArrayList<>());
    }
    return next;
  }

  /**
   * The strongly connected groups of two or more objectives (Tarjan, iteratively), numbered; objectives on no
   * cycle are left out. Computed once per validation.
   */
  private Map<UnitObjective, Integer> groups() {
    if (groups != null) {
      return groups;
    }
    groups = new LinkedHashMap<>();
    int groupCount = 0;
    Map<UnitObjective, List<UnitObjective>> next = next();
    Map<UnitObjective, Integer> index = new HashMap<>();
    Map<UnitObjective, Integer> low = new HashMap<>();
    Deque<UnitObjective> stack = new ArrayDeque<>();
    Set<UnitObjective> onStack = new HashSet<>();
    int[] counter = {0};
    for (UnitObjective start : next.keySet()) {
      if (index.containsKey(start)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>();
      work.push(new Object[] {start, 0});
      index.put(start, counter[0]);
      low.put(start, counter[0]++);
      stack.push(start);
      onStack.add(start);
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        UnitObjective v = (UnitObjective) frame[0];
        int i = (Integer) frame[1];
        List<UnitObjective> out = next.get(v);
        if (i < out.size()) {
          frame[1] = i + 1;
          UnitObjective w = out.get(i);
          if (!index.containsKey(w)) {
            index.put(w, counter[0]);
            low.put(w, counter[0]++);
            stack.push(w);
            onStack.add(w);
            work.push(new Object[] {w, 0});
          } else if (onStack.contains(w)) {
            low.put(v, Math.min(low.get(v), index.get(w)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          UnitObjective parent = (UnitObjective) work.peek()[0];
          low.put(parent, Math.min(low.get(parent), low.get(v)));
        }
        if (low.get(v).equals(index.get(v))) {
          Set<UnitObjective> group = new LinkedHashSet<>();
          UnitObjective w;
          do {
            w = stack.pop();
            onStack.remove(w);
            group.add(w);
          } while (!w.equals(v));
          if (group.size() > 1) {
            int id = groupCount++;
            group.forEach(member -> groups.put(member, id));
          }
        }
      }
    }
    return groups;
  }

  /** A shortest cycle from {@code start} within its group, by breadth-first search back to it. */
  private static List<UnitObjective> cycleThrough(UnitObjective start, Set<UnitObjective> group,
      Map<UnitObjective, List<UnitObjective>> next) {
    Map<UnitObjective, UnitObjective> cameFrom = new HashMap<>();
    Deque<UnitObjective> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      UnitObjective v = queue.poll();
      for (UnitObjective w : next.get(v)) {
        if (!group.contains(w)) {
          continue;
        }
        if (w.equals(start)) {
          List<UnitObjective> path = new ArrayList<>();
          for (UnitObjective at = v; at != null; at = cameFrom.get(at)) {
            path.add(0, at);
          }
          return path;
        }
        if (!cameFrom.containsKey(w)) {
          cameFrom.put(w, v);
          queue.add(w);
        }
      }
    }
    throw new IllegalStateException("a strongly connected group of two or more has a cycle through each member");
  }

  private void unitMismatches(BiConsumer<String, List<UnitElement>> report) {
    for (KpiRollUp r : portfolio.rollUps()) {
      if (r.aggregation() == Aggregation.RATIO_OF_SUMS) {
        sameUnit(report, r, "numerators", r.sources(), null);
        sameUnit(report, r, "denominators", r.denominators(), null);
      } else {
        sameUnit(report, r, "sources", r.sources(), portfolio.kpi(r.target()).orElseThrow());
      }
    }
  }

  /** Reports a group of KPIs (with the target, when given) measured in more than one unit. */
  private void sameUnit(BiConsumer<String, List<UnitElement>> report, KpiRollUp r, String group, List<UnitKpi> kpis,
      Kpi target) {
    Map<String, List<UnitKpi>> byUnit = new LinkedHashMap<>();
    if (target != null) {
      byUnit.computeIfAbsent(target.unit(), k -> new ArrayList<>()).add(r.target());
    }
    for (UnitKpi k : kpis) {
      byUnit.computeIfAbsent(portfolio.kpi(k).orElseThrow().unit(), x -> new ArrayList<>()).add(k);
    }
    if (byUnit.size() > 1) {
      String mix = byUnit.entrySet().stream().map(e -> (e.getKey().isEmpty() ? "no unit" : "\"" + e.getKey() + "\"")
          + " (" + e.getValue().stream().map(UnitKpi::toString).collect(Collectors.joining(", ")) + ")")
          .collect(Collectors.joining(" with "));
      List<UnitElement> subjects = new ArrayList<>();
      subjects.add(r.target().asElement());
      byUnit.values().forEach(l -> l.stream().filter(k -> !k.equals(r.target())).forEach(k -> subjects.add(k.asElement())));
      report.accept("roll-up of " + r.target() + " " + (r.aggregation().adds() ? "adds" : "combines") + " " + group
          + " measured in different units: " + mix, subjects);
    }
  }

  private void kindMismatches(BiConsumer<String, List<UnitElement>> report) {
    for (KpiRollUp r : portfolio.rollUps()) {
      Kpi target = portfolio.kpi(r.target()).orElseThrow();
      if (r.aggregation() == Aggregation.SUM) {
        List<UnitKpi> levels = r.sources().stream()
            .filter(k -> portfolio.kpi(k).orElseThrow().kind() == KpiKind.LEVEL).toList();
        if (!levels.isEmpty()) {
          List<UnitElement> subjects = new ArrayList<>(List.of(r.target().asElement()));
          levels.forEach(k -> subjects.add(k.asElement()));
          report.accept("roll-up of " + r.target() + " sums LEVEL KPIs " + levels + ": a level is a state (a rate,"
              + " a balance) that adds up across units only when it counts things such as headcount; use mean,"
              + " weighted-mean or ratio-of-sums, or lower this rule's severity for counts", subjects);
          continue;
        }
      }
      if (r.aggregation() != Aggregation.RATIO_OF_SUMS) {
        List<UnitKpi> other = r.sources().stream()
            .filter(k -> portfolio.kpi(k).orElseThrow().kind() != target.kind()).toList();
        if (!other.isEmpty()) {
          List<UnitElement> subjects = new ArrayList<>(List.of(r.target().asElement()));
          other.forEach(k -> subjects.add(k.asElement()));
          report.accept("roll-up of " + target.kind().key() + " KPI " + r.target() + " reads KPIs of another kind: "
              + other, subjects);
        }
      }
    }
  }
}
