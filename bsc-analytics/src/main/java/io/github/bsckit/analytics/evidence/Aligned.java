package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import java.util.Arrays;

/**
 * Two KPIs' period series over their common span of periods, transformed (differenced) and oriented so better
 * is up; NaN where a period is missing on either side of a difference. {@code cause[i]} and {@code effect[i]}
 * belong to period {@code first + i}.
 */
final class Aligned {
  final long first;
  final double[] cause;
  final double[] effect;
  final Transform transform;
  /** The periods a difference costs: 1, or a season. */
  final int cost;
  /** The later of the two series' last periods, or Long.MIN_VALUE when both are empty. */
  final long last;
  /**
   * Where both series are present in every period from the first either has to the end, if they are:
   * [denseFrom, denseTo); else denseTo is -1.
   */
  private final int denseFrom;
  private final int denseTo;

  private Aligned(long first, double[] cause, double[] effect, Transform transform, int cost, long last) {
    this.first = first;
    this.cause = cause;
    this.effect = effect;
    this.transform = transform;
    this.cost = cost;
    this.last = last;
    int from = 0;
    while (from < cause.length && Double.isNaN(cause[from]) && Double.isNaN(effect[from])) {
      from++;
    }
    boolean dense = true;
    for (int t = from; t < cause.length && dense; t++) {
      dense = !Double.isNaN(cause[t]) && !Double.isNaN(effect[t]);
    }
    this.denseFrom = dense ? from : 0;
    this.denseTo = dense ? cause.length : -1;
  }

  static Aligned of(Kpi causeKpi, KpiSeries c, Kpi effectKpi, KpiSeries e, Transform wanted, int season) {
    long last = c.isEmpty() && e.isEmpty() ? Long.MIN_VALUE
        : Math.max(c.isEmpty() ? Long.MIN_VALUE : c.last(), e.isEmpty() ? Long.MIN_VALUE : e.last());
    Transform used = wanted;
    if (used == Transform.LOG_DIFFERENCE && !(positive(causeKpi, c) && positive(effectKpi, e))) {
      used = Transform.DIFFERENCE;
    }
    if (used == Transform.SEASONAL_DIFFERENCE && (c.observed() < 2 * season || e.observed() < 2 * season)) {
      used = Transform.DIFFERENCE;
    }
    int cost = used == Transform.SEASONAL_DIFFERENCE ? season : 1;
    if (c.isEmpty() || e.isEmpty()) {
      return new Aligned(0, new double[0], new double[0], used, cost, last);
    }
    long from = Math.min(c.first, e.first);
    long to = Math.max(c.last(), e.last());
    int len = (int) (to - from + 1);
    double[] tc = new double[len];
    double[] te = new double[len];
    for (int i = 0; i < len; i++) {
      long p = from + i;
      tc[i] = step(causeKpi, c, p, used, cost);
      te[i] = step(effectKpi, e, p, used, cost);
    }
    return new Aligned(from, tc, te, used, cost, last);
  }

  private static boolean positive(Kpi kpi, KpiSeries s) {
    if (kpi.direction() == Direction.RANGE) {
      return false;
    }
    for (double v : s.raw) {
      if (v <= 0) {
        return false; // NaN compares false: missing periods do not count
      }
    }
    return true;
  }

  private static double step(Kpi kpi, KpiSeries s, long p, Transform used, int cost) {
    double d;
    if (used == Transform.LOG_DIFFERENCE) {
      double sign = kpi.direction() == Direction.DECREASE ? -1 : 1;
      d = sign * (Math.log(s.rawAt(p)) - Math.log(s.rawAt(p - cost)));
    } else {
      d = s.orientedAt(p) - s.orientedAt(p - cost);
    }
    return Double.isFinite(d) ? d : Double.NaN; // a difference past the largest double counts as missing
  }

  int length() {
    return cause.length;
  }

  /** {@return the pairs (cause(t − lag), effect(t)) where both are present, as two arrays} */
  double[][] pairs(int lag) {
    if (lag >= denseFrom && denseTo - denseFrom > lag) {
      // Every period from denseFrom on is present on both sides (the usual case): two plain copies.
      return new double[][] {Arrays.copyOfRange(cause, denseFrom, denseTo - lag),
          Arrays.copyOfRange(effect, denseFrom + lag, denseTo)};
    }
    int n = 0;
    for (int t = lag; t < length(); t++) {
      n += Double.isNaN(cause[t - lag]) || Double.isNaN(effect[t]) ? 0 : 1;
    }
    double[] x = new double[n];
    double[] y = new double[n];
    int k = 0;
    for (int t = lag; t < length(); t++) {
      if (!Double.isNaN(cause[t - lag]) && !Double.isNaN(effect[t])) {
        x[k] = cause[t - lag];
        y[k++] = effect[t];
      }
    }
    return new double[][] {x, y};
  }

  /** {@return the longest run of consecutive periods where both series are present, as {start, length}} */
  int[] longestRun() {
    int bestStart = 0;
    int best = 0;
    int start = 0;
    for (int t = 0; t <= length(); t++) {
      boolean present = t < length() && !Double.isNaN(cause[t]) && !Double.isNaN(effect[t]);
      if (!present) {
        if (t - start > best) {
          best = t - start;
          bestStart = start;
        }
        start = t + 1;
      }
    }
    return new int[] {bestStart, best};
  }
}
