package io.github.bsckit.graph.export;

import java.util.List;

/** Horizontal placement of a {@link Layout} whose row order is settled. */
final class Placement {
  private Placement() {}

  /**
   * Moves nodes sideways, keeping each row's order and gaps, towards the mean x of their neighbours, so arrows
   * run as straight as the order allows: rows alternately pulled by the row below and the row above, each row
   * placed by isotonic regression (pool adjacent violators), which minimises the squared distances to the
   * wanted positions subject to the gaps.
   */
  static void straighten(Layout l) {
    for (int round = 0; round < 8; round++) {
      List<List<Integer>> pulls = round % 2 == 0 ? l.down : l.up;
      if (round % 2 == 0) {
        for (int r = 1; r < l.order.size(); r++) {
          pull(l, r, pulls);
        }
      } else {
        for (int r = l.order.size() - 2; r >= 0; r--) {
          pull(l, r, pulls);
        }
      }
    }
  }

  private static void pull(Layout l, int r, List<List<Integer>> neighbours) {
    List<Integer> row = l.order.get(r);
    int k = row.size();
    double[] target = new double[k];
    double offset = 0;
    for (int i = 0; i < k; i++) {
      int node = row.get(i);
      if (i > 0) {
        offset += (l.width(row.get(i - 1)) + l.width(node)) / 2 + Layout.GAP;
      }
      List<Integer> ns = neighbours.get(node);
      double want = l.x[node];
      if (!ns.isEmpty()) {
        double sum = 0;
        for (int n : ns) {
          sum += l.x[n];
        }
        want = sum / ns.size();
      }
      target[i] = want - offset;
    }
    double[] fitted = isotonic(target);
    offset = 0;
    for (int i = 0; i < k; i++) {
      int node = row.get(i);
      if (i > 0) {
        offset += (l.width(row.get(i - 1)) + l.width(node)) / 2 + Layout.GAP;
      }
      l.x[node] = fitted[i] + offset;
    }
  }

  /** The non-decreasing sequence closest to {@code y} in squared distance (pool adjacent violators). */
  private static double[] isotonic(double[] y) {
    int n = y.length;
    double[] mean = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (double v : y) {
      mean[blocks] = v;
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && mean[blocks - 2] > mean[blocks - 1]) {
        int merged = size[blocks - 2] + size[blocks - 1];
        mean[blocks - 2] = (mean[blocks - 2] * size[blocks - 2] + mean[blocks - 1] * size[blocks - 1]) / merged;
        size[blocks - 2] = merged;
        blocks--;
      }
    }
    double[] out = new double[n];
    int i = 0;
    for (int b = 0; b < blocks; b++) {
      for (int j = 0; j < size[b]; j++) {
        out[i++] = mean[b];
      }
    }
    return out;
  }
}
