package io.github.bsckit.graph.export;

import io.github.bsckit.core.model.CausalLink;
import io.github.bsckit.core.model.ObjectiveId;
import io.github.bsckit.graph.map.StrategyMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where everything goes in the SVG map: a layered (Sugiyama-style) drawing whose layers are the perspectives.
 * An arrow that spans several rows passes through a small placeholder in each row it crosses, so it runs
 * through the gaps between boxes instead of through them; the order within each row comes from barycenter
 * sweeps, alternately up and down, plus adjacent swaps on small maps, keeping the order with the fewest
 * crossings seen. Nodes 0..n-1 are the objectives in declaration order, higher ones the placeholders.
 */
final class Layout {
  static final double BOX_W = 172;
  static final double GAP = 30;
  static final double DUMMY_W = 12;
  static final double PAD = 8;
  static final double ID_H = 12;
  static final double LINE_H = 15;
  /** The name's font size, and the smaller one a long name is set in before its box grows or it is cut. */
  static final double FONT = 13;
  static final double SMALL_FONT = 11;
  static final double SMALL_LINE_H = 13;
  /** The width a name's lines may take: the box less 10 px padding on each side. */
  static final double TEXT_W = BOX_W - 20;
  static final double BAND_PAD = 30;
  static final double LABEL_W = 150;
  static final double MARGIN = 20;
  static final int CHARS = 23;
  static final int MAX_LINES = 4;
  /** The most lines a name grows its box to, in the smaller font, before it is cut with "…". */
  static final int MAX_SMALL_LINES = 7;
  private static final int MAX_SWEEPS = 24;
  private static final int SWAP_LIMIT = 4000;

  /** One arrow of the map: its link, and the nodes it runs through (both ends included). */
  record Route(CausalLink link, int[] nodes) {
    boolean sameRow(Layout l) {
      return l.layerOf.get(nodes[0]).equals(l.layerOf.get(nodes[nodes.length - 1]));
    }
  }

  final StrategyMap map;
  final int objectives;
  final List<Integer> layerOf = new ArrayList<>();
  final List<List<String>> names = new ArrayList<>();
  /** Each objective's name font size: {@link #FONT}, or {@link #SMALL_FONT} for a long name. */
  final List<Double> fonts = new ArrayList<>();
  final List<Route> routes = new ArrayList<>();
  final List<List<Integer>> order = new ArrayList<>();
  final List<List<Integer>> up = new ArrayList<>();
  final List<List<Integer>> down = new ArrayList<>();
  double[] x;
  private int[] pos;
  final double boxHeight;
  final double bandHeight;
  double contentWidth;
  private double shift;

  Layout(StrategyMap map) {
    this.map = map;
    this.objectives = map.size();
    double text = 2 * LINE_H;
    for (ObjectiveId id : map.objectiveIds()) {
      String name = map.objective(id).orElseThrow().name();
      // Measured text: up to four lines at the normal size; else the smaller font, growing the boxes up to
      // seven lines; only a name longer than that is cut.
      List<String> wrapped = Words.wrap(name, TEXT_W, FONT, false, Integer.MAX_VALUE);
      double font = FONT;
      if (wrapped.size() > MAX_LINES) {
        font = SMALL_FONT;
        wrapped = Words.wrap(name, TEXT_W, SMALL_FONT, false, MAX_SMALL_LINES);
      }
      names.add(wrapped);
      fonts.add(font);
      text = Math.max(text, wrapped.size() * lineHeight(font));
      layerOf.add(map.rankOf(id));
      up.add(new ArrayList<>());
      down.add(new ArrayList<>());
    }
    boxHeight = 2 * PAD + ID_H + text;
    bandHeight = boxHeight + 2 * BAND_PAD;
    for (int r = 0; r <= map.topRank(); r++) {
      List<Integer> row = new ArrayList<>();
      for (ObjectiveId id : map.row(r)) {
        row.add(map.indexOf(id));
      }
      order.add(row);
    }
    for (CausalLink link : map.graph().edgeSet()) {
      routes.add(route(link));
    }
    x = new double[layerOf.size()];
    pos = new int[layerOf.size()];
    for (int r = 0; r < order.size(); r++) {
      place(r);
    }
    arrange();
    Placement.straighten(this);
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (int node = 0; node < x.length; node++) {
      min = Math.min(min, x[node] - width(node) / 2);
      max = Math.max(max, x[node] + width(node) / 2);
    }
    contentWidth = Math.max(max - min, BOX_W + 2 * GAP);
    shift = x.length == 0 ? 0 : -min + (contentWidth - (max - min)) / 2;
  }

  private Route route(CausalLink link) {
    int from = map.indexOf(link.from());
    int to = map.indexOf(link.to());
    int rf = layerOf.get(from);
    int rt = layerOf.get(to);
    int step = Integer.signum(rt - rf);
    int[] nodes = new int[Math.abs(rt - rf) + 1 + (step == 0 ? 1 : 0)];
    nodes[0] = from;
    int k = 1;
    for (int r = rf + step; step != 0 && r != rt; r += step) {
      int dummy = layerOf.size();
      layerOf.add(r);
      up.add(new ArrayList<>());
      down.add(new ArrayList<>());
      order.get(r).add(dummy);
      nodes[k++] = dummy;
    }
    nodes[k] = to;
    for (int i = 0; step != 0 && i + 1 < nodes.length; i++) {
      int a = nodes[i];
      int b = nodes[i + 1];
      int lower = layerOf.get(a) < layerOf.get(b) ? a : b;
      int upper = lower == a ? b : a;
      up.get(lower).add(upper);
      down.get(upper).add(lower);
    }
    return new Route(link, nodes);
  }

  /** {@return the line height of a name set in a font size} */
  static double lineHeight(double font) {
    return font == FONT ? LINE_H : SMALL_LINE_H;
  }

  boolean isObjective(int node) {
    return node < objectives;
  }

  double width(int node) {
    return isObjective(node) ? BOX_W : DUMMY_W;
  }

  private double rowWidth(int r) {
    List<Integer> row = order.get(r);
    double w = 0;
    for (int node : row) {
      w += width(node);
    }
    return w + Math.max(0, row.size() - 1) * GAP;
  }

  /** Centres row r on 0 and records each node's position and centre. */
  private void place(int r) {
    List<Integer> row = order.get(r);
    double left = -rowWidth(r) / 2;
    for (int i = 0; i < row.size(); i++) {
      int node = row.get(i);
      pos[node] = i;
      x[node] = left + width(node) / 2;
      left += width(node) + GAP;
    }
  }

  private void arrange() {
    List<List<Integer>> best = copy(order);
    long bestCrossings = crossings();
    int stall = 0;
    for (int sweep = 0; sweep < MAX_SWEEPS && bestCrossings > 0 && stall < 4; sweep++) {
      if (sweep % 2 == 0) {
        for (int r = 1; r < order.size(); r++) {
          sortByBarycenter(r, down);
        }
      } else {
        for (int r = order.size() - 2; r >= 0; r--) {
          sortByBarycenter(r, up);
        }
      }
      if (segments() <= SWAP_LIMIT) {
        swapNeighbours();
      }
      long c = crossings();
      if (c < bestCrossings) {
        best = copy(order);
        bestCrossings = c;
        stall = 0;
      } else {
        stall++;
      }
    }
    order.clear();
    order.addAll(best);
    for (int r = 0; r < order.size(); r++) {
      place(r);
    }
  }

  private static List<List<Integer>> copy(List<List<Integer>> rows) {
    List<List<Integer>> out = new ArrayList<>();
    rows.forEach(r -> out.add(new ArrayList<>(r)));
    return out;
  }

  private int segments() {
    int s = 0;
    for (List<Integer> u : up) {
      s += u.size();
    }
    return s;
  }

  private void sortByBarycenter(int r, List<List<Integer>> neighbours) {
    List<Integer> row = order.get(r);
    double[] key = new double[layerOf.size()];
    for (int node : row) {
      List<Integer> ns = neighbours.get(node);
      double sum = 0;
      for (int n : ns) {
        sum += x[n];
      }
      // A node with no neighbours that way keeps its place rather than drifting to the middle.
      key[node] = ns.isEmpty() ? x[node] : sum / ns.size();
    }
    row.sort(Comparator.comparingDouble(node -> key[node]));
    place(r);
  }

  /** Crossings between each pair of adjacent rows: inversions among segments sorted by their lower end. */
  long crossings() {
    long total = 0;
    for (int r = 0; r + 1 < order.size(); r++) {
      List<long[]> segs = new ArrayList<>();
      for (int a : order.get(r)) {
        for (int b : up.get(a)) {
          segs.add(new long[] {pos[a], pos[b]});
        }
      }
      segs.sort(Comparator.<long[]>comparingLong(s -> s[0]).thenComparingLong(s -> s[1]));
      long[] tree = new long[order.get(r + 1).size() + 1];
      for (int i = 0; i < segs.size(); i++) {
        int b = (int) segs.get(i)[1];
        total += i - prefix(tree, b + 1);
        for (int j = b + 1; j < tree.length; j += j & -j) {
          tree[j]++;
        }
      }
    }
    return total;
  }

  private static long prefix(long[] tree, int i) {
    long s = 0;
    for (; i > 0; i -= i & -i) {
      s += tree[i];
    }
    return s;
  }

  /** Swaps neighbours in a row while that lowers the crossings they take part in (the "transpose" step of dot). */
  private void swapNeighbours() {
    for (int pass = 0; pass < 8; pass++) {
      boolean improved = false;
      for (int r = 0; r < order.size(); r++) {
        List<Integer> row = order.get(r);
        for (int i = 0; i + 1 < row.size(); i++) {
          int u = row.get(i);
          int v = row.get(i + 1);
          if (pairCrossings(v, u) < pairCrossings(u, v)) {
            row.set(i, v);
            row.set(i + 1, u);
            pos[v] = i;
            pos[u] = i + 1;
            improved = true;
          }
        }
        place(r);
      }
      if (!improved) {
        return;
      }
    }
  }

  /** Crossings between the segments of u and of v when u stands left of v. */
  private int pairCrossings(int u, int v) {
    int c = 0;
    for (List<List<Integer>> side : List.of(up, down)) {
      for (int a : side.get(u)) {
        for (int b : side.get(v)) {
          if (pos[a] > pos[b]) {
            c++;
          }
        }
      }
    }
    return c;
  }

  // ---- coordinates of the final drawing -------------------------------------------------------------------

  double left() {
    return MARGIN + LABEL_W + GAP;
  }

  double width() {
    return left() + contentWidth + GAP + MARGIN;
  }

  /** Centre x of a node in the drawing. */
  double cx(int node) {
    return left() + shift + x[node];
  }

  /** Top y of the band of a rank, given where the bands start. */
  double bandTop(double top, int rank) {
    return top + (order.size() - 1 - rank) * bandHeight;
  }

  double boxTop(double top, int node) {
    return bandTop(top, layerOf.get(node)) + BAND_PAD;
  }

  double centreY(double top, int node) {
    return bandTop(top, layerOf.get(node)) + bandHeight / 2;
  }

  /**
   * Where each route between rows meets its end boxes: arrows spread over a box's top or bottom edge in the order
   * of where they go. Routes within a row are left at zero; {@link SideRoutes} places them.
   */
  double[][] ports() {
    double[][] ends = new double[routes.size()][2];
    List<List<double[]>> tops = new ArrayList<>();
    List<List<double[]>> bottoms = new ArrayList<>();
    for (int i = 0; i < objectives; i++) {
      tops.add(new ArrayList<>());
      bottoms.add(new ArrayList<>());
    }
    for (int k = 0; k < routes.size(); k++) {
      if (routes.get(k).sameRow(this)) {
        continue; // drawn into the sides of the boxes: see SideRoutes
      }
      int[] nodes = routes.get(k).nodes();
      int from = nodes[0];
      int to = nodes[nodes.length - 1];
      int rf = layerOf.get(from);
      int rt = layerOf.get(to);
      // {route, end (0 = start, 1 = end), x of the neighbour it heads to}
      double[] start = {k, 0, cx(nodes[1])};
      double[] end = {k, 1, cx(nodes[nodes.length - 2])};
      (rt >= rf ? tops : bottoms).get(from).add(start);
      (rt > rf ? bottoms : tops).get(to).add(end);
    }
    for (List<List<double[]>> side : List.of(tops, bottoms)) {
      for (int i = 0; i < objectives; i++) {
        List<double[]> at = side.get(i);
        at.sort(Comparator.<double[]>comparingDouble(a -> a[2]).thenComparingDouble(a -> a[0] * 2 + a[1]));
        double span = Math.min(BOX_W * 0.6, (at.size() - 1) * 20.0);
        for (int j = 0; j < at.size(); j++) {
          double offset = at.size() == 1 ? 0 : -span / 2 + span * j / (at.size() - 1);
          ends[(int) at.get(j)[0]][(int) at.get(j)[1]] = cx(i) + offset;
        }
      }
    }
    return ends;
  }

  int rows() {
    return order.size();
  }
}
