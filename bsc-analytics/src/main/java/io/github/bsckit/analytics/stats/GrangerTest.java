package io.github.bsckit.analytics.stats;

import java.util.List;
import java.util.Locale;
import org.hipparchus.distribution.continuous.FDistribution;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;

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
    return bothWays(cause, effect, lags).get(0);
  }

  /**
   * {@return the test both ways, {@code [cause → effect, effect → cause]}: the two unrestricted regressions share
   * their regressors (both series' lags), so one QR decomposition serves both, three instead of four}
   *
   * @param cause the cause's series
   * @param effect the effect's series, as long as the cause's
   * @param lags the number of lags, at least 1
   * @throws io.github.bsckit.core.ValidationException if the lengths differ, a value is not finite or lags is
   *     below 1
   */
  public static List<GrangerTest> bothWays(double[] cause, double[] effect, int lags) {
    Stats.requirePairs(cause, effect);
    if (lags < 1) {
      throw Stats.invalid("lags", "must be at least 1 but was " + lags);
    }
    int n = cause.length;
    int m = n - lags;
    int df2 = m - 2 * lags - 1;
    if (n < minimumPoints(lags) || Stats.isConstant(effect) || Stats.isConstant(cause)) {
      GrangerTest undefined = new GrangerTest(lags, n, Double.NaN, lags, Math.max(df2, 0), Double.NaN);
      return List.of(undefined, undefined);
    }
    // Columns: the constant, effect(t−1..t−p), cause(t−1..t−p); the restricted fits use the first 1 + p.
    double[][] full = new double[m][1 + 2 * lags];
    double[][] ownEffect = new double[m][1 + lags];
    double[][] ownCause = new double[m][1 + lags];
    double[] ye = new double[m];
    double[] yc = new double[m];
    for (int t = lags; t < n; t++) {
      int row = t - lags;
      ye[row] = effect[t];
      yc[row] = cause[t];
      full[row][0] = 1;
      ownEffect[row][0] = 1;
      ownCause[row][0] = 1;
      for (int k = 1; k <= lags; k++) {
        full[row][k] = effect[t - k];
        full[row][lags + k] = cause[t - k];
        ownEffect[row][k] = effect[t - k];
        ownCause[row][k] = cause[t - k];
      }
    }
    GrangerTest forward;
    GrangerTest backward;
    try {
      DecompositionSolver both = solver(full);
      forward = test(lags, n, df2, rss(ownEffect, ye), rss(both, full, ye));
      backward = test(lags, n, df2, rss(ownCause, yc), rss(both, full, yc));
    } catch (MathRuntimeException singular) {
      GrangerTest undefined = new GrangerTest(lags, n, Double.NaN, lags, df2, Double.NaN);
      return List.of(undefined, undefined);
    }
    return List.of(forward, backward);
  }

  private static GrangerTest test(int lags, int n, int df2, double rssR, double rssU) {
    if (!(rssU > 0)) {
      return new GrangerTest(lags, n, Double.NaN, lags, df2, Double.NaN);
    }
    double f = Math.max((rssR - rssU) / lags / (rssU / df2), 0);
    double p = 1 - new FDistribution(lags, df2).cumulativeProbability(f);
    return new GrangerTest(lags, n, f, lags, df2, p);
  }

  /**
   * OLS by Hipparchus' QR decomposition of the design matrix as it is (its first column the constant), with the
   * singularity threshold {@code OLSMultipleLinearRegression} uses; built straight from the rows rather than
   * through {@code newSampleData}, which copied, transposed and validated the same numbers again for each fit.
   */
  private static DecompositionSolver solver(double[][] x) {
    return new QRDecomposition(new Array2DRowRealMatrix(x, false), 1e-12).getSolver();
  }

  private static double rss(double[][] x, double[] y) {
    return rss(solver(x), x, y);
  }

  private static double rss(DecompositionSolver solver, double[][] x, double[] y) {
    double[] beta = solver.solve(new ArrayRealVector(y, false)).toArray();
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double fitted = 0;
      for (int j = 0; j < beta.length; j++) {
        fitted += x[i][j] * beta[j];
      }
      double e = y[i] - fitted;
      sum += e * e;
    }
    return sum;
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
