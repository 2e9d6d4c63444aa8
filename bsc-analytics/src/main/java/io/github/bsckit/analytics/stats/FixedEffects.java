package io.github.bsckit.analytics.stats;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.stat.regression.OLSMultipleLinearRegression;

/**
 * A fixed-effects panel regression {@code y(i,t) = a_i + b·x(i,t)}: one intercept per unit (business unit,
 * store, team), one common slope, by OLS with a dummy per unit but the first. The slope's two-sided p-value uses
 * a t distribution with {@code n − units − 1} degrees of freedom, as statsmodels' {@code OLS} on
 * {@code y ~ x + C(unit)} does. Immutable and thread-safe.
 *
 * <p>Undefined (NaN slope and p) with fewer than two residual degrees of freedom or when x does not vary
 * within any unit. Cost: O(n·units²).
 *
 * @param units the number of units with at least one pair
 * @param n the number of pairs over all units
 * @param slope the common slope b, or NaN
 * @param standardError the slope's standard error, or NaN
 * @param t the slope's t statistic, or NaN
 * @param p the two-sided p-value of b = 0, or NaN
 * @param df the residual degrees of freedom, n − units − 1
 */
public record FixedEffects(int units, int n, double slope, double standardError, double t, double p, int df) {

  /**
   * Fits the slope.
   *
   * @param xs each unit's x values
   * @param ys each unit's y values, as many units and values as xs
   * @return the fit
   * @throws io.github.bsckit.core.ValidationException if the shapes differ or a value is not finite
   */
  public static FixedEffects fit(List<double[]> xs, List<double[]> ys) {
    Objects.requireNonNull(xs, "xs");
    Objects.requireNonNull(ys, "ys");
    if (xs.size() != ys.size()) {
      throw Stats.invalid("ys", "must hold as many units as xs (" + xs.size() + ") but held " + ys.size());
    }
    int n = 0;
    int units = 0;
    boolean varies = false;
    for (int u = 0; u < xs.size(); u++) {
      Stats.requirePairs(xs.get(u), ys.get(u));
      n += xs.get(u).length;
      units += xs.get(u).length > 0 ? 1 : 0;
      varies |= xs.get(u).length > 1 && !Stats.isConstant(xs.get(u));
    }
    int df = n - units - 1;
    if (df < 2 || !varies) {
      return new FixedEffects(units, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Math.max(df, 0));
    }
    double[] y = new double[n];
    double[][] x = new double[n][units];
    int row = 0;
    int unit = 0;
    for (int u = 0; u < xs.size(); u++) {
      double[] ux = xs.get(u);
      if (ux.length == 0) {
        continue;
      }
      for (int k = 0; k < ux.length; k++, row++) {
        y[row] = ys.get(u)[k];
        x[row][0] = ux[k];
        if (unit > 0) {
          x[row][unit] = 1;
        }
      }
      unit++;
    }
    try {
      OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression(1e-12);
      ols.newSampleData(y, x);
      double b = ols.estimateRegressionParameters()[1];
      double se = ols.estimateRegressionParametersStandardErrors()[1];
      double t = b / se;
      double p = 2 * Stats.t(df).cumulativeProbability(-Math.abs(t));
      return new FixedEffects(units, n, b, se, t, p, df);
    } catch (MathRuntimeException singular) {
      return new FixedEffects(units, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, df);
    }
  }

  /** {@return true if the slope could be estimated} */
  public boolean isDefined() {
    return !Double.isNaN(p);
  }

  /** {@return for example {@code fixed effects b = 0.41 (se 0.08), p = 2e-06, 5 units, 160 pairs}} */
  @Override
  public String toString() {
    return isDefined()
        ? String.format(Locale.ROOT, "fixed effects b = %.3g (se %.2g), p = %.3g, %d units, %d pairs", slope,
            standardError, p, units, n)
        : "fixed effects undefined (" + units + " units, " + n + " pairs)";
  }
}
