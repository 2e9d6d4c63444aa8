package io.github.bsckit.testkit.defects;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.ThemeId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The strategy map of a scorecard as the injectors need it: each objective's rank from the bottom, its themes,
 * and its links in and out in document order. O(V + E) to build; the lists keep document order so that choices
 * drawn from them are reproducible.
 */
final class MapView {
  final Scorecard scorecard;
  final List<ObjectiveId> objectives;
  final int top;
  private final Map<ObjectiveId, Integer> rank = new HashMap<>();
  private final Map<ObjectiveId, Set<ThemeId>> themes = new HashMap<>();
  private final Map<ObjectiveId, List<ObjectiveId>> out = new HashMap<>();
  private final Map<ObjectiveId, List<ObjectiveId>> in = new HashMap<>();

  private MapView(Scorecard scorecard) {
    this.scorecard = scorecard;
    this.top = scorecard.perspectives().size() - 1;
    List<ObjectiveId> ids = new ArrayList<>();
    for (Objective o : scorecard.objectives()) {
      ids.add(o.id());
      rank.put(o.id(), scorecard.rankFromBottom(o.perspective()));
      themes.put(o.id(), new HashSet<>(o.themes()));
      out.put(o.id(), new ArrayList<>());
      in.put(o.id(), new ArrayList<>());
    }
    this.objectives = List.copyOf(ids);
    for (CausalLink l : scorecard.links()) {
      out.get(l.from()).add(l.to());
      in.get(l.to()).add(l.from());
    }
  }

  static MapView of(Scorecard scorecard) {
    return new MapView(scorecard);
  }

  /**
   * The map of a scorecard shaped as valid ones are: every link one perspective up between objectives with the
   * same themes, no link twice. The link injectors rely on that shape to add exactly one defect.
   *
   * @throws BscException naming the first link that breaks the shape
   */
  static MapView ofValid(Scorecard scorecard, DefectKind kind) {
    MapView view = new MapView(scorecard);
    Set<List<ObjectiveId>> seen = new HashSet<>();
    for (CausalLink l : scorecard.links()) {
      String problem = null;
      if (view.rank(l.to()) != view.rank(l.from()) + 1) {
        problem = "goes from rank " + view.rank(l.from()) + " to rank " + view.rank(l.to())
            + " instead of one perspective up";
      } else if (!view.sameThemes(l.from(), l.to())) {
        problem = "joins objectives with different themes";
      } else if (!seen.add(List.of(l.from(), l.to()))) {
        problem = "is drawn twice";
      }
      if (problem != null) {
        throw new BscException("the " + kind.ruleId() + " injector needs a scorecard that passes every built-in"
            + " rule, as ScorecardGenerators.valid() makes them, but link " + l.from() + " -> " + l.to() + " "
            + problem);
      }
    }
    return view;
  }

  int rank(ObjectiveId id) {
    return rank.get(id);
  }

  List<ObjectiveId> out(ObjectiveId id) {
    return out.get(id);
  }

  List<ObjectiveId> in(ObjectiveId id) {
    return in.get(id);
  }

  boolean sameThemes(ObjectiveId a, ObjectiveId b) {
    return themes.get(a).equals(themes.get(b));
  }

  /**
   * Tells whether some link is implied by a longer chain: its effect can be reached from its cause without
   * taking it. This is the redundant-link rule's meaning; valid maps have no such link, and an injector must
   * not add one. O(E · (V + E)).
   */
  boolean hasImpliedLink() {
    for (CausalLink l : scorecard.links()) {
      if (reachableWithout(l.from(), l.to())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether adding the link {@code from -> to} to this acyclic map, where {@code to} cannot reach
   * {@code from}, would make some existing link {@code a -> b} implied by a longer chain: exactly when
   * {@code a} reaches {@code from} and {@code to} reaches {@code b} (each counting itself), the new chain being
   * {@code a ⇝ from -> to ⇝ b}. O(V + E), against O(E · (V + E)) for checking every link afresh.
   */
  boolean linkWouldImplyAnother(ObjectiveId from, ObjectiveId to) {
    Set<ObjectiveId> ancestors = closure(from, in);
    Set<ObjectiveId> descendants = closure(to, out);
    for (CausalLink l : scorecard.links()) {
      if (ancestors.contains(l.from()) && descendants.contains(l.to())) {
        return true;
      }
    }
    return false;
  }

  private static Set<ObjectiveId> closure(ObjectiveId start, Map<ObjectiveId, List<ObjectiveId>> edges) {
    Set<ObjectiveId> seen = new HashSet<>(List.of(start));
    ArrayDeque<ObjectiveId> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (ObjectiveId next : edges.get(queue.poll())) {
        if (seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return seen;
  }

  /**
   * Tells whether exactly one path leads from {@code from} to {@code to} in this map, which must be acyclic:
   * closing a loop along the only path makes exactly one cycle. O(V + E).
   */
  boolean hasOnePath(ObjectiveId from, ObjectiveId to) {
    return paths(from, to, new HashMap<>()) == 1;
  }

  /** Counts paths by depth-first search with memo, stopping at 2: more is not needed. */
  private int paths(ObjectiveId at, ObjectiveId to, Map<ObjectiveId, Integer> memo) {
    if (at.equals(to)) {
      return 1;
    }
    Integer known = memo.get(at);
    if (known != null) {
      return known;
    }
    int n = 0;
    for (ObjectiveId next : out.get(at)) {
      n = Math.min(2, n + paths(next, to, memo));
    }
    memo.put(at, n);
    return n;
  }

  /** Tells whether {@code to} can be reached from {@code from} without the direct link between them. */
  private boolean reachableWithout(ObjectiveId from, ObjectiveId to) {
    Set<ObjectiveId> seen = new HashSet<>();
    ArrayDeque<ObjectiveId> queue = new ArrayDeque<>();
    for (ObjectiveId next : out.get(from)) {
      if (!next.equals(to) && seen.add(next)) {
        queue.add(next);
      }
    }
    while (!queue.isEmpty()) {
      ObjectiveId at = queue.poll();
      if (at.equals(to)) {
        return true;
      }
      for (ObjectiveId next : out.get(at)) {
        if (!next.equals(from) && seen.add(next)) {
          queue.add(next);
        }
      }
    }
    return false;
  }
}
