package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.NavigableMap;

/**
 * One KPI's actuals per period, oriented so that better is up: a LEVEL KPI takes the period's last value, a FLOW
 * KPI the period's sum; DECREASE KPIs are negated, RANGE KPIs become minus their distance outside the band.
 * Periods without actuals hold NaN.
 */
final class KpiSeries {
  final long first;
  final double[] raw;
  final double[] oriented;

  private KpiSeries(long first, double[] raw, double[] oriented) {
    this.first = first;
    this.raw = raw;
    this.oriented = oriented;
  }

  static KpiSeries empty() {
    return new KpiSeries(0, new double[0], new double[0]);
  }

  boolean isEmpty() {
    return raw.length == 0;
  }

  long last() {
    return first + raw.length - 1;
  }

  int observed() {
    int n = 0;
    for (double v : raw) {
      n += Double.isNaN(v) ? 0 : 1;
    }
    return n;
  }

  static KpiSeries of(Kpi kpi, Actuals actuals, Periods periods) {
    NavigableMap<LocalDate, Double> values = actuals.series(kpi.id());
    if (values.isEmpty()) {
      return empty();
    }
    long first = periods.index(values.firstKey());
    long last = periods.index(values.lastKey());
    if (last - first > 1_000_000) {
      last = first + 1_000_000; // a daily series over thousands of years: bounded, never an OutOfMemoryError
    }
    double[] raw = new double[(int) (last - first + 1)];
    Arrays.fill(raw, Double.NaN);
    boolean flow = kpi.kind() == KpiKind.FLOW;
    for (Map.Entry<LocalDate, Double> e : values.entrySet()) {
      long i = periods.index(e.getKey()) - first;
      if (i >= raw.length) {
        break;
      }
      int k = (int) i;
      raw[k] = flow && !Double.isNaN(raw[k]) ? raw[k] + e.getValue() : e.getValue(); // dates ascend: last wins
    }
    double[] oriented = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      oriented[i] = orient(kpi, raw[i]);
    }
    return new KpiSeries(first, raw, oriented);
  }

  private static double orient(Kpi kpi, double v) {
    if (Double.isNaN(v)) {
      return v;
    }
    if (kpi.direction() == Direction.DECREASE) {
      return -v;
    }
    if (kpi.direction() == Direction.RANGE && kpi.range().isPresent()) {
      double low = kpi.range().get().low();
      double high = kpi.range().get().high();
      return -Math.max(0, Math.max(low - v, v - high));
    }
    return v;
  }

  /** {@return the value at a period index, NaN outside the series} */
  double orientedAt(long index) {
    long i = index - first;
    return i < 0 || i >= oriented.length ? Double.NaN : oriented[(int) i];
  }

  double rawAt(long index) {
    long i = index - first;
    return i < 0 || i >= raw.length ? Double.NaN : raw[(int) i];
  }
}
