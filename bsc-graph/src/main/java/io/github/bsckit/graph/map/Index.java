package io.github.bsckit.graph.map;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.Objective;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.core.model.Perspective;
import io.github.bsckit.core.model.PerspectiveId;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Theme;
import io.github.bsckit.core.model.ThemeId;
import io.github.bsckit.graph.positions.MapArrays;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Everything a {@link StrategyMap} derives from its scorecard, built in one O(V + E) pass: objectives by
 * position, ranks, rows, theme members, the read-only graph, and the graph's adjacency by position (in link
 * order), which the map package's own algorithms run on. Immutable once built.
 */
final class Index {
  final List<ObjectiveId> ids;
  final Map<ObjectiveId, Integer> position;
  final int[] rank;
  final Map<PerspectiveId, Integer> perspectiveRank;
  final List<List<ObjectiveId>> rows;
  final Map<ThemeId, List<ObjectiveId>> themeMembers;
  final Graph<ObjectiveId, CausalLink> graph;
  final int[][] successors;
  final int[][] predecessors;
  /** The rules' view: the arrows in edge-set order with their ends by position, and the arrays above. */
  final MapArrays arrays;

  Index(Scorecard scorecard) {
    List<Objective> objectives = scorecard.objectives();
    int n = objectives.size();
    List<Perspective> perspectives = scorecard.perspectives();
    Map<PerspectiveId, Integer> ranks = new HashMap<>();
    List<List<ObjectiveId>> rowLists = new ArrayList<>();
    for (int p = 0; p < perspectives.size(); p++) {
      ranks.put(perspectives.get(p).id(), perspectives.size() - 1 - p);
      rowLists.add(new ArrayList<>());
    }
    Map<ThemeId, List<ObjectiveId>> members = new LinkedHashMap<>();
    for (Theme t : scorecard.themes()) {
      members.put(t.id(), new ArrayList<>());
    }
    List<ObjectiveId> idList = new ArrayList<>(n);
    Map<ObjectiveId, Integer> idx = new HashMap<>();
    this.rank = new int[n];
    SimpleDirectedGraph<ObjectiveId, CausalLink> g = new SimpleDirectedGraph<>(null, null, false);
    for (int i = 0; i < n; i++) {
      Objective o = objectives.get(i);
      idList.add(o.id());
      idx.put(o.id(), i);
      rank[i] = ranks.get(o.perspective());
      rowLists.get(rank[i]).add(o.id());
      for (ThemeId t : o.themes()) {
        members.get(t).add(o.id());
      }
      g.addVertex(o.id());
    }
    List<CausalLink> arrows = new ArrayList<>(scorecard.links().size());
    int[] from = new int[scorecard.links().size()];
    int[] to = new int[scorecard.links().size()];
    List<List<Integer>> succ = new ArrayList<>(n);
    List<List<Integer>> pred = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      succ.add(new ArrayList<>(2));
      pred.add(new ArrayList<>(2));
    }
    for (CausalLink l : scorecard.links()) {
      // The simple graph refuses a second edge between the same pair (O(1) lookup), keeping the first link.
      if (!l.isSelfLink() && g.addEdge(l.from(), l.to(), l)) {
        int f = idx.get(l.from());
        int t = idx.get(l.to());
        succ.get(f).add(t);
        pred.get(t).add(f);
        from[arrows.size()] = f;
        to[arrows.size()] = t;
        arrows.add(l);
      }
    }
    this.ids = List.copyOf(idList);
    // A HashMap, not Map.copyOf: its lookups (indexOf, every analysis's hottest call) probe less.
    this.position = Collections.unmodifiableMap(idx);
    this.perspectiveRank = Map.copyOf(ranks);
    this.rows = rowLists.stream().map(List::copyOf).toList();
    Map<ThemeId, List<ObjectiveId>> frozen = new LinkedHashMap<>();
    members.forEach((t, os) -> frozen.put(t, List.copyOf(os)));
    this.themeMembers = Collections.unmodifiableMap(frozen);
    this.graph = new AsUnmodifiableGraph<>(g);
    this.successors = toArrays(succ);
    this.predecessors = toArrays(pred);
    this.arrays = new MapArrays(List.copyOf(arrows), Arrays.copyOf(from, arrows.size()),
        Arrays.copyOf(to, arrows.size()), rank, successors, predecessors);
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return out;
  }

  /** Kahn's order of the whole map, made on first use; {@link #NO_ORDER} when the map has a cycle. */
  private volatile int[] order;
  private static final int[] NO_ORDER = new int[0];

  /**
   * {@return the whole map's topological order, as {@link Topology#order} gives it, or null when the map has a
   * cycle}; computed once (the cycle and redundant-link rules and the analyses each asked for it), shared, never
   * to be modified
   */
  int[] order() {
    int[] o = order;
    if (o == null) {
      o = Topology.order(successors, predecessors, null);
      o = o == null ? NO_ORDER : o;
      order = o;
    }
    return o == NO_ORDER ? null : o;
  }

  /** The ids at some positions, in a new modifiable list. */
  List<ObjectiveId> idsAt(int[] positions) {
    List<ObjectiveId> out = new ArrayList<>(positions.length);
    for (int i : positions) {
      out.add(ids.get(i));
    }
    return out;
  }
}
