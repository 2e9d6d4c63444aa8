package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.period.PeriodSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableMap;
import java.util.OptionalDouble;

/**
 * One KPI's actuals per period, oriented so that better is up. The period values are bsc-core's
 * {@link PeriodSeries}, the one aggregation scoring history, calculated KPIs and analytics share: a LEVEL KPI
 * takes the period's last value (or mean, when it says so), a FLOW KPI the period's sum, and an empty period
 * follows the KPI's empty-period policy (a gap by default, NaN here). DECREASE KPIs are negated, RANGE KPIs
 * become minus their distance outside the band.
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
    // A daily series over a century and more: bounded to PeriodSeries' longest, never an exception.
    PeriodSeries series = last - first < PeriodSeries.MAX_PERIODS
        ? PeriodSeries.of(kpi, actuals, periods.unit(), periods.calendar())
        : PeriodSeries.of(kpi, actuals, periods.unit(), periods.calendar(), values.firstKey(),
            periods.end(first + PeriodSeries.MAX_PERIODS - 1));
    List<PeriodSeries.Point> points = series.points();
    double[] raw = new double[points.size()];
    double[] oriented = new double[raw.length];
    for (int i = 0; i < raw.length; i++) {
      OptionalDouble v = points.get(i).value();
      raw[i] = v.isPresent() ? v.getAsDouble() : Double.NaN;
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
