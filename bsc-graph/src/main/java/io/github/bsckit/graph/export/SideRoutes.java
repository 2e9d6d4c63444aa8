package io.github.bsckit.graph.export;

import static io.github.bsckit.graph.export.Xml.num;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paths of the links between two objectives of one perspective. Such a link leaves its cause's side that faces
 * the effect and enters the effect's facing side, its arrowhead pointing sideways into the box. Neighbours are
 * joined straight across the gap; a link with boxes between its ends climbs into the padding above the row,
 * runs along a lane of its own there and comes down in the gap beside the effect. Each side of a box spreads its
 * links over its height, the farthest-reaching on top, so five links into one box arrive apart.
 */
final class SideRoutes {
  /** Lanes above the row: the first this far above the boxes, the next ones this far apart. */
  private static final double LANE_0 = 7;
  private static final double LANE_STEP = 6;
  /** Where the vertical legs run in the gap beside a box: this far from the box, then this far apart. */
  private static final double LEG_0 = 6;
  private static final double LEG_STEP = 5;

  private SideRoutes() {}

  /** {@return the path of each route within a row, by route index} */
  static Map<Integer, String> paths(Layout l, double top) {
    List<Integer> same = new ArrayList<>();
    for (int k = 0; k < l.routes.size(); k++) {
      int[] n = l.routes.get(k).nodes();
      if (l.routes.get(k).sameRow(l) && n[0] != n[n.length - 1]) {
        same.add(k);
      }
    }
    // Ports: per box and side (-1 left, +1 right), the links meeting it, farthest-reaching first (on top).
    Map<String, List<double[]>> sides = new HashMap<>();
    for (int k : same) {
      int[] n = l.routes.get(k).nodes();
      int a = n[0];
      int b = n[n.length - 1];
      int s = l.cx(b) > l.cx(a) ? 1 : -1;
      sides.computeIfAbsent(a + ":" + s, x -> new ArrayList<>()).add(new double[] {k, 0, Math.abs(l.cx(b) - l.cx(a))});
      sides.computeIfAbsent(b + ":" + -s, x -> new ArrayList<>()).add(new double[] {k, 1, Math.abs(l.cx(b) - l.cx(a))});
    }
    double[][] portY = new double[l.routes.size()][2];
    for (Map.Entry<String, List<double[]>> e : sides.entrySet()) {
      int box = Integer.parseInt(e.getKey().split(":")[0]);
      List<double[]> at = e.getValue();
      at.sort(Comparator.<double[]>comparingDouble(x -> -x[2]).thenComparingDouble(x -> x[0] * 2 + x[1]));
      double y = l.boxTop(top, box);
      for (int j = 0; j < at.size(); j++) {
        portY[(int) at.get(j)[0]][(int) at.get(j)[1]] = y + l.boxHeight * (j + 1) / (at.size() + 1);
      }
    }
    // Lanes: per row, the shorter links nearer the boxes; a lane holds links whose spans do not overlap.
    Map<Integer, List<double[]>> lanesByRow = new HashMap<>();
    Map<Integer, Integer> lane = new HashMap<>();
    List<Integer> byLength = new ArrayList<>(same);
    byLength.sort(Comparator.comparingDouble((Integer k) -> span(l, k)).thenComparingInt(k -> k));
    for (int k : byLength) {
      if (adjacent(l, k)) {
        continue;
      }
      int[] n = l.routes.get(k).nodes();
      double lo = Math.min(l.cx(n[0]), l.cx(n[n.length - 1]));
      double hi = Math.max(l.cx(n[0]), l.cx(n[n.length - 1]));
      List<double[]> taken = lanesByRow.computeIfAbsent(l.layerOf.get(n[0]), r -> new ArrayList<>());
      int i = 0;
      while (true) {
        int candidate = i;
        if (taken.stream().noneMatch(t -> t[0] == candidate && t[1] < hi && lo < t[2])) {
          break;
        }
        i++;
      }
      taken.add(new double[] {i, lo, hi});
      lane.put(k, i);
    }
    // Legs: per box side, the outgoing and incoming links that climb to a lane, each at its own distance.
    Map<String, Integer> legs = new HashMap<>();
    Map<Integer, String> out = new HashMap<>();
    for (int k : same) {
      int[] n = l.routes.get(k).nodes();
      int a = n[0];
      int b = n[n.length - 1];
      int s = l.cx(b) > l.cx(a) ? 1 : -1;
      double x0 = l.cx(a) + s * Layout.BOX_W / 2;
      double x1 = l.cx(b) - s * Layout.BOX_W / 2;
      double y0 = portY[k][0];
      double y1 = portY[k][1];
      StringBuilder d = new StringBuilder().append('M').append(num(x0)).append(',').append(num(y0));
      if (!lane.containsKey(k)) {
        double xm = (x0 + x1) / 2;
        d.append(" C").append(num(xm)).append(',').append(num(y0)).append(' ').append(num(xm)).append(',')
            .append(num(y1)).append(' ').append(num(x1)).append(',').append(num(y1));
      } else {
        int ja = legs.merge(a + ":" + s, 1, Integer::sum) - 1;
        int jb = legs.merge(b + ":" + -s, 1, Integer::sum) - 1;
        double xa = x0 + s * Math.min(LEG_0 + LEG_STEP * ja, Layout.GAP / 2 - 1);
        double xb = x1 - s * Math.min(LEG_0 + LEG_STEP * jb, Layout.GAP / 2 - 1);
        double boxTop = l.boxTop(top, a);
        double yl = Math.max(boxTop - LANE_0 - LANE_STEP * lane.get(k), boxTop - Layout.BAND_PAD + 3);
        d.append(" L").append(num(xa)).append(',').append(num(y0)).append(" L").append(num(xa)).append(',')
            .append(num(yl)).append(" L").append(num(xb)).append(',').append(num(yl)).append(" L").append(num(xb))
            .append(',').append(num(y1)).append(" L").append(num(x1)).append(',').append(num(y1));
      }
      out.put(k, d.toString());
    }
    return out;
  }

  private static double span(Layout l, int k) {
    int[] n = l.routes.get(k).nodes();
    return Math.abs(l.cx(n[n.length - 1]) - l.cx(n[0]));
  }

  /** True if no other objective stands between the two ends of a route within a row. */
  private static boolean adjacent(Layout l, int k) {
    int[] n = l.routes.get(k).nodes();
    double lo = Math.min(l.cx(n[0]), l.cx(n[n.length - 1]));
    double hi = Math.max(l.cx(n[0]), l.cx(n[n.length - 1]));
    for (int node : l.order.get(l.layerOf.get(n[0]))) {
      if (l.isObjective(node) && l.cx(node) > lo && l.cx(node) < hi) {
        return false;
      }
    }
    return true;
  }
}
