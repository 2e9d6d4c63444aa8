package io.github.bsckit.core.scoring;

import java.time.LocalDate;
import java.util.List;

/** Least-squares trend lines through dated points. */
final class Trends {
  private Trends() {}

  /**
   * Fits lines through the points. The slope reported is that of {@code raw}; the direction is judged on
   * {@code oriented} (higher is better), FLAT when its fitted change over the span is below {@code flatBelow}.
   */
  static Trend fit(List<LocalDate> dates, double[] raw, double[] oriented, double flatBelow) {
    int n = dates.size();
    if (n < 2) {
      return Trend.unknown(n);
    }
    double[] x = new double[n];
    long first = dates.get(0).toEpochDay();
    for (int i = 0; i < n; i++) {
      x[i] = dates.get(i).toEpochDay() - first;
    }
    double orientedSlope = slope(x, oriented);
    double change = orientedSlope * (x[n - 1] - x[0]);
    TrendDirection direction = Math.abs(change) < flatBelow ? TrendDirection.FLAT
        : change > 0 ? TrendDirection.IMPROVING : TrendDirection.WORSENING;
    double rawSlope = raw == oriented ? orientedSlope : slope(x, raw);
    return new Trend(direction, Double.isFinite(rawSlope) ? rawSlope : 0, n);
  }

  /** The least-squares slope of y over x: Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²; x has at least two distinct values. */
  static double slope(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= x.length;
    my /= y.length;
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    return sxy / sxx;
  }
}
