package io.github.bsckit.analytics.stats;

import java.util.Locale;
import org.hipparchus.stat.regression.SimpleRegression;

/**
 * A straight line fitted by ordinary least squares, {@code y = intercept + slope·x}, with the prediction
 * interval of a new observation at any x: {@code ŷ ± t(n−2)·s·√(1 + 1/n + (x − x̄)²/Sxx)}, as statsmodels'
 * {@code get_prediction(...).summary_frame()} gives it ({@code obs_ci_lower/upper}). Immutable and
 * thread-safe.
 *
 * <p>Needs at least three points and x values that vary; otherwise {@link #isDefined()} is false and every
 * number is NaN. Cost of the fit: O(n).
 *
 * @param n the number of points
 * @param intercept the intercept, or NaN
 * @param slope the slope, or NaN
 * @param residualSd the residual standard deviation s (n − 2 degrees of freedom), or NaN
 * @param meanX the mean of the x values, or NaN
 * @param sxx the sum of squared deviations of x from its mean, or NaN
 */
public record TrendLine(int n, double intercept, double slope, double residualSd, double meanX, double sxx) {

  /**
   * {@return the least-squares line through the points}
   *
   * @param x the x values
   * @param y the y values, as many as x
   * @throws io.github.bsckit.core.ValidationException if the lengths differ or a value is not finite
   */
  public static TrendLine fit(double[] x, double[] y) {
    Stats.requirePairs(x, y);
    int n = x.length;
    if (n < 3 || Stats.isConstant(x)) {
      return new TrendLine(n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    SimpleRegression r = new SimpleRegression();
    for (int i = 0; i < n; i++) {
      r.addData(x[i], y[i]);
    }
    double mean = 0;
    for (double v : x) {
      mean += v;
    }
    mean /= n;
    return new TrendLine(n, r.getIntercept(), r.getSlope(), Math.sqrt(Math.max(r.getMeanSquareError(), 0)), mean,
        r.getXSumSquares());
  }

  /** {@return true if a line could be fitted} */
  public boolean isDefined() {
    return !Double.isNaN(slope);
  }

  /**
   * {@return the fitted value at x}
   *
   * @param x where to predict
   */
  public double predict(double x) {
    return intercept + slope * x;
  }

  /**
   * {@return the standard error of a new observation at x: {@code s·√(1 + 1/n + (x − x̄)²/Sxx)}}
   *
   * @param x where to predict
   */
  public double predictionError(double x) {
    return residualSd * Math.sqrt(1 + 1.0 / n + (x - meanX) * (x - meanX) / sxx);
  }

  /**
   * {@return the prediction interval {low, high} of a new observation at x}
   *
   * @param x where to predict
   * @param level the interval's coverage, in (0, 1), such as 0.8
   * @throws io.github.bsckit.core.ValidationException if the level is outside (0, 1)
   */
  public double[] predictionInterval(double x, double level) {
    if (!(level > 0 && level < 1)) {
      throw Stats.invalid("level", "must be in (0, 1) but was " + level);
    }
    if (!isDefined()) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double half = Stats.t(n - 2).inverseCumulativeProbability(0.5 + level / 2) * predictionError(x);
    return new double[] {predict(x) - half, predict(x) + half};
  }

  /**
   * {@return the probability that a new observation at x is at least {@code threshold}, from the t
   * distribution of the prediction (1 or 0 when the line fits exactly)}
   *
   * @param x where to predict
   * @param threshold the value to reach
   */
  public double probabilityAtLeast(double x, double threshold) {
    if (!isDefined()) {
      return Double.NaN;
    }
    double se = predictionError(x);
    if (!(se > 0)) {
      return predict(x) >= threshold ? 1 : 0;
    }
    return Stats.t(n - 2).cumulativeProbability((predict(x) - threshold) / se);
  }

  /** {@return for example {@code y = 12.5 + 0.31·x (s = 1.2, n = 24)}} */
  @Override
  public String toString() {
    return isDefined() ? String.format(Locale.ROOT, "y = %.4g + %.4g·x (s = %.3g, n = %d)", intercept, slope,
        residualSd, n) : "no trend line (" + n + " points)";
  }
}
