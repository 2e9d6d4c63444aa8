package io.github.bsckit.analytics.stats;

import java.util.Locale;
import org.hipparchus.distribution.continuous.FDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * The Granger F-test that a cause's past helps predict an effect beyond the effect's own past: OLS of
 * {@code effect(t)} on a constant and {@code effect(t−1..t−p)} (restricted) against the same plus
 * {@code cause(t−1..t−p)} (unrestricted), {@code F = ((RSSr − RSSu)/p) / (RSSu/(m − 2p − 1))} with
 * {@code m = n − p} equations, as statsmodels' {@code grangercausalitytests} ("ssr_ftest") computes it.
 * Immutable and thread-safe.
 *
 * <p>Undefined (F and p NaN) when there are fewer than {@link #minimumPoints(int) 3p + 3} points or the
 * regression is singular (a constant series). Cost: O(n·p²).
 *
 * @param lags the number of lags p
 * @param n the number of points of each series
 * @param f the F statistic, or NaN
 * @param df1 the numerator degrees of freedom, p
 * @param df2 the denominator degrees of freedom, n − 3p − 1
 * @param p the p-value, or NaN
 */
public record GrangerTest(int lags, int n, double f, int df1, int df2, double p) {

  /**
   * Validates the components.
   *
   * @param lags at least 1
   * @param n not negative
   * @param f the statistic, or NaN
   * @param df1 the numerator degrees of freedom
   * @param df2 the denominator degrees of freedom
   * @param p the p-value, or NaN
   * @throws io.github.bsckit.core.ValidationException if lags is below 1 or n negative
   */
  public GrangerTest {
    if (lags < 1) {
      throw Stats.invalid("lags", "must be at least 1 but was " + lags);
    }
    if (n < 0) {
      throw Stats.invalid("n", "must not be negative but was " + n);
    }
  }

  /**
   * {@return the fewest points a test with p lags is run on: 3p + 3, so that the unrestricted regression keeps
   * at least p + 2 residual degrees of freedom}
   *
   * @param lags the number of lags p, at least 1
   */
  public static int minimumPoints(int lags) {
    return 3 * lags + 3;
  }

  /**
   * {@return whether {@code cause} Granger-causes {@code effect} with p lags}
   *
   * @param cause the cause's series
   * @param effect the effect's series, as long as the cause's
   * @param lags the number of lags, at least 1
   * @throws io.github.bsckit.core.ValidationException if the lengths differ, a value is not finite or lags is
   *     below 1
   */
  public static GrangerTest of(double[] cause, double[] effect, int lags) {
    Stats.requirePairs(cause, effect);
    if (lags < 1) {
      throw Stats.invalid("lags", "must be at least 1 but was " + lags);
    }
    int n = cause.length;
    int m = n - lags;
    int df2 = m - 2 * lags - 1;
    if (n < minimumPoints(lags) || Stats.isConstant(effect) || Stats.isConstant(cause)) {
      return new GrangerTest(lags, n, Double.NaN, lags, Math.max(df2, 0), Double.NaN);
    }
    double[] y = new double[m];
    double[][] restricted = new double[m][lags];
    double[][] full = new double[m][2 * lags];
    for (int t = lags; t < n; t++) {
      int row = t - lags;
      y[row] = effect[t];
      for (int k = 1; k <= lags; k++) {
        restricted[row][k - 1] = effect[t - k];
        full[row][k - 1] = effect[t - k];
        full[row][lags + k - 1] = cause[t - k];
      }
    }
    try {
      double rssR = rss(y, restricted);
      double rssU = rss(y, full);
      if (!(rssU > 0)) {
        return new GrangerTest(lags, n, Double.NaN, lags, df2, Double.NaN);
      }
      double f = (rssR - rssU) / lags / (rssU / df2);
      f = Math.max(f, 0);
      double p = 1 - new FDistribution(lags, df2).cumulativeProbability(f);
      return new GrangerTest(lags, n, f, lags, df2, p);
    } catch (MathRuntimeException singular) {
      return new GrangerTest(lags, n, Double.NaN, lags, df2, Double.NaN);
    }
  }

  private static double rss(double[] y, double[][] x) {
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-12);
    ols.newSampleData(y, x);
    return ols.calculateResidualSumOfSquares();
  }

  /** {@return true if the test could be run} */
  public boolean isDefined() {
    return !Double.isNaN(p);
  }

  /** {@return for example {@code Granger F(3, 20) = 4.12, p = 0.019}} */
  @Override
  public String toString() {
    return isDefined() ? String.format(Locale.ROOT, "Granger F(%d, %d) = %.2f, p = %.3g", df1, df2, f, p)
        : "Granger undefined (" + n + " points, " + lags + " lags)";
  }
}
