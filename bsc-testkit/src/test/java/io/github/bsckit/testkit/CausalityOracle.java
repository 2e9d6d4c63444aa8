package io.github.bsckit.testkit;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plain, slow reading of the causality rules of DESIGN.md §5, standing in for bsc-graph's rules until that
 * module merges: for each rule id, the ids of the objectives it concerns. Where §5 leaves a meaning open this
 * takes the strictest reading (theme-crossing: any difference in themes; skipped-perspective: a link spanning
 * more than one row either way; no-path-to-outcome: isolated objectives below the top row too), so a valid
 * scorecard that passes here passes any milder reading.
 */
public final class CausalityOracle {
  private CausalityOracle() {}

  /** {@return rule id to the sorted ids of the objectives it concerns, only for rules that fire} */
  public static Map<String, Set<String>> findings(Scorecard s) {
    Map<String, Set<String>> out = new TreeMap<>();
    Map<ObjectiveId, Integer> rank = new HashMap<>();
    Map<ObjectiveId, List<ObjectiveId>> next = new HashMap<>();
    Map<ObjectiveId, Integer> degree = new HashMap<>();
    for (Objective o : s.objectives()) {
      rank.put(o.id(), s.rankFromBottom(o.perspective()));
      next.put(o.id(), new ArrayList<>());
      degree.put(o.id(), 0);
    }
    int top = s.perspectives().size() - 1;
    for (CausalLink l : s.links()) {
      next.get(l.from()).add(l.to());
      degree.merge(l.from(), 1, Integer::sum);
      degree.merge(l.to(), 1, Integer::sum);
    }
    Set<List<ObjectiveId>> seen = new HashSet<>();
    for (CausalLink l : s.links()) {
      int rf = rank.get(l.from());
      int rt = rank.get(l.to());
      if (l.isSelfLink()) {
        add(out, "self-link", l.from());
      } else if (rt == rf) {
        add(out, "within-perspective-link", l.from(), l.to());
      }
      if (rt < rf) {
        add(out, "downward-link", l.from(), l.to());
      }
      if (Math.abs(rt - rf) > 1) {
        add(out, "skipped-perspective", l.from(), l.to());
      }
      if (!seen.add(List.of(l.from(), l.to()))) {
        add(out, "duplicate-link", l.from(), l.to());
      }
      if (!new HashSet<>(themes(s, l.from())).equals(new HashSet<>(themes(s, l.to())))) {
        add(out, "theme-crossing", l.from(), l.to());
      }
      if (!l.isSelfLink() && reachable(next, l.from(), l.to(), true)) {
        add(out, "redundant-link", l.from(), l.to());
      }
    }
    if (s.links().isEmpty()) {
      out.put("no-links", new TreeSet<>());
    }
    for (Objective o : s.objectives()) {
      ObjectiveId id = o.id();
      if (reachable(next, id, id, false)) {
        add(out, "cycle", id);
      }
      if (degree.get(id) == 0) {
        add(out, "isolated-objective", id);
      }
      if (rank.get(id) == top) {
        boolean driven = s.links().stream().anyMatch(l -> l.to().equals(id) && !l.isSelfLink());
        if (!driven) {
          add(out, "unsupported-outcome", id);
        }
      } else if (!reachesTop(next, rank, top, id)) {
        add(out, "no-path-to-outcome", id);
      }
    }
    return out;
  }

  private static List<?> themes(Scorecard s, ObjectiveId id) {
    return s.objective(id).orElseThrow().themes();
  }

  private static void add(Map<String, Set<String>> out, String rule, ObjectiveId... ids) {
    Set<String> set = out.computeIfAbsent(rule, r -> new TreeSet<>());
    for (ObjectiveId id : ids) {
      set.add(id.value());
    }
  }

  /**
   * Tells whether {@code to} is reachable from {@code from} by a path of at least one link; with
   * {@code skipDirect}, without using a direct link from {@code from} to {@code to}.
   */
  private static boolean reachable(Map<ObjectiveId, List<ObjectiveId>> next, ObjectiveId from, ObjectiveId to,
      boolean skipDirect) {
    Set<ObjectiveId> seen = new LinkedHashSet<>();
    ArrayDeque<ObjectiveId> queue = new ArrayDeque<>();
    for (ObjectiveId n : next.get(from)) {
      if (!(skipDirect && n.equals(to)) && seen.add(n)) {
        queue.add(n);
      }
    }
    while (!queue.isEmpty()) {
      ObjectiveId at = queue.poll();
      if (at.equals(to)) {
        return true;
      }
      for (ObjectiveId n : next.get(at)) {
        if (!(skipDirect && at.equals(from)) && seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return false;
  }

  private static boolean reachesTop(Map<ObjectiveId, List<ObjectiveId>> next, Map<ObjectiveId, Integer> rank,
      int top, ObjectiveId from) {
    Set<ObjectiveId> seen = new HashSet<>();
    ArrayDeque<ObjectiveId> queue = new ArrayDeque<>(List.of(from));
    while (!queue.isEmpty()) {
      ObjectiveId at = queue.poll();
      if (rank.get(at) == top) {
        return true;
      }
      for (ObjectiveId n : next.get(at)) {
        if (seen.add(n)) {
          queue.add(n);
        }
      }
    }
    return false;
  }
}
