package io.github.bsckit.analytics.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * A correlation coefficient between two equally long series with its two-sided p-value (t-test with
 * {@code n − 2} degrees of freedom, as scipy's {@code pearsonr} and {@code spearmanr} compute it) and a Fisher-z
 * confidence interval ({@code tanh(atanh r ± z/√(n − 3))}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Correlation c = Correlation.pearson(new double[] {1, 2, 3, 5}, new double[] {2, 4, 5, 9});
 * if (c.isDefined() && c.p() < 0.05) {
 *   System.out.println(c.r() + " in [" + c.low() + ", " + c.high() + "]");
 * }
 * }</pre>
 *
 * <p>Undefined (fewer than three points, or a series that does not vary): {@link #r()}, {@link #p()} and the
 * bounds are NaN and {@link #isDefined()} is false. Cost: O(n) for Pearson, O(n log n) for Spearman.
 *
 * @param method Pearson (linear) or Spearman (rank)
 * @param n the number of pairs
 * @param r the coefficient in [−1, 1], or NaN when undefined
 * @param p the two-sided p-value of r = 0, or NaN when undefined
 * @param low the lower bound of the confidence interval, or NaN
 * @param high the upper bound of the confidence interval, or NaN
 * @param confidence the interval's confidence level, in (0, 1)
 */
public record Correlation(Method method, int n, double r, double p, double low, double high, double confidence) {

  /** The confidence level of the intervals unless one is given: 0.95. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  private static final double Z95 = new NormalDistribution(0, 1).inverseCumulativeProbability(0.975);

  /** Which coefficient. */
  public enum Method {
    /** Pearson's product-moment coefficient: linear association. */
    PEARSON,
    /** Spearman's rank coefficient (ties get their average rank): monotone association, robust to outliers. */
    SPEARMAN
  }

  /**
   * Validates the components.
   *
   * @param method Pearson or Spearman
   * @param n the number of pairs, not negative
   * @param r the coefficient, or NaN
   * @param p the p-value, or NaN
   * @param low the interval's lower bound, or NaN
   * @param high the interval's upper bound, or NaN
   * @param confidence the confidence level, in (0, 1)
   * @throws io.github.bsckit.core.ValidationException if n is negative or the confidence outside (0, 1)
   */
  public Correlation {
    Objects.requireNonNull(method, "method");
    if (n < 0) {
      throw Stats.invalid("n", "must not be negative but was " + n);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw Stats.invalid("confidence", "must be in (0, 1) but was " + confidence);
    }
  }

  /**
   * {@return Pearson's r with p-value and 95% interval}
   *
   * @param x the first series
   * @param y the second series, as long as the first
   * @throws io.github.bsckit.core.ValidationException if the lengths differ
   */
  public static Correlation pearson(double[] x, double[] y) {
    return of(Method.PEARSON, x, y, DEFAULT_CONFIDENCE);
  }

  /**
   * {@return Spearman's rank correlation with p-value and 95% interval}
   *
   * @param x the first series
   * @param y the second series, as long as the first
   * @throws io.github.bsckit.core.ValidationException if the lengths differ
   */
  public static Correlation spearman(double[] x, double[] y) {
    return of(Method.SPEARMAN, x, y, DEFAULT_CONFIDENCE);
  }

  /**
   * {@return the coefficient of a method with p-value and an interval at a confidence level}
   *
   * @param method Pearson or Spearman
   * @param x the first series; NaN values are not allowed (align the series first)
   * @param y the second series, as long as the first
   * @param confidence the interval's confidence level, in (0, 1)
   * @throws io.github.bsckit.core.ValidationException if the lengths differ, a value is not finite or the level is
   *     outside (0, 1)
   */
  public static Correlation of(Method method, double[] x, double[] y, double confidence) {
    Objects.requireNonNull(method, "method");
    Stats.requirePairs(x, y);
    int n = x.length;
    if (n < 3 || Stats.isConstant(x) || Stats.isConstant(y)) {
      return new Correlation(method, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, confidence);
    }
    double r = method == Method.PEARSON ? r(x, y) : r(ranks(x), ranks(y));
    return new Correlation(method, n, r, pValue(r, n), bound(r, n, confidence, -1), bound(r, n, confidence, 1),
        confidence);
  }

  /**
   * {@return Pearson's r alone, without p-value or interval, NaN when undefined: for screening many pairs}
   *
   * @param x the first series
   * @param y the second series, as long as the first
   * @throws io.github.bsckit.core.ValidationException if the lengths differ or a value is not finite
   */
  public static double pearsonR(double[] x, double[] y) {
    Stats.requirePairs(x, y);
    if (x.length < 3 || Stats.isConstant(x) || Stats.isConstant(y)) {
      return Double.NaN;
    }
    return r(x, y);
  }

  /**
   * Pearson's r of two series that both vary, by the two-pass centred sums {@code Σdx·dy / √(Σdx²·Σdy²)},
   * clamped to [−1, 1]. Written out rather than taken from Hipparchus' {@code PearsonsCorrelation}: that one feeds
   * every pair through a {@code SimpleRegression}'s running updates (two divisions a point), which JFR showed as
   * the costliest frame of a whole evidence analysis, screening thousands of lagged pairs. The two-pass form is
   * the textbook-stable one; the tests hold it to Hipparchus' and scipy's values.
   */
  private static double r(double[] x, double[] y) {
    int n = x.length;
    double mx = 0;
    double my = 0;
    for (int i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - mx;
      double dy = y[i] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
  }

  /**
   * {@return the two-sided p-value of a coefficient r from n pairs: {@code 2·P(T > |t|)},
   * {@code t = r·√((n − 2)/(1 − r²))}, T with n − 2 degrees of freedom; NaN for fewer than three pairs}
   *
   * @param r the coefficient
   * @param n the number of pairs
   */
  public static double pValue(double r, int n) {
    if (n < 3 || Double.isNaN(r)) {
      return Double.NaN;
    }
    if (Math.abs(r) >= 1) {
      return 0;
    }
    double t = Math.abs(r) * Math.sqrt((n - 2) / ((1 - r) * (1 + r)));
    return 2 * Stats.t(n - 2).cumulativeProbability(-t);
  }

  /**
   * Average ranks, 1-based, ties sharing the mean of their positions (scipy's {@code rankdata}, Hipparchus'
   * {@code NaturalRanking} with {@code TiesStrategy.AVERAGE}); Spearman's r is Pearson's r of these. A sorted
   * primitive copy and two binary searches per value: no boxing, which made Hipparchus' ranking the costliest
   * step of a link's test. -0.0 and 0.0 are one value.
   */
  static double[] ranks(double[] v) {
    double[] sorted = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      sorted[i] = v[i] + 0.0; // -0.0 + 0.0 is 0.0
    }
    double[] keys = sorted.clone();
    Arrays.sort(sorted);
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int first = lowest(sorted, keys[i]);
      int last = highest(sorted, keys[i]);
      out[i] = (first + last) / 2.0 + 1;
    }
    return out;
  }

  private static int lowest(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int highest(double[] sorted, double key) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }

  /**
   * {@return the smallest |r| from n pairs whose two-sided p-value is at most {@code p}:
   * {@code t/√(t² + n − 2)} with t the t distribution's {@code 1 − p/2} quantile; 1 for fewer than three pairs}
   * Screening many pairs against it needs an exact p-value only where one can matter.
   *
   * @param n the number of pairs
   * @param p the p-value, in (0, 1)
   */
  public static double criticalR(int n, double p) {
    if (n < 3) {
      return 1;
    }
    if (!(p > 0 && p < 1)) {
      throw Stats.invalid("p", "must be in (0, 1) but was " + p);
    }
    double t = Stats.t(n - 2).inverseCumulativeProbability(1 - p / 2);
    // A hair below the exact bound, so that rounding never drops a pair whose p-value is exactly p.
    return t / Math.sqrt(t * t + n - 2) * (1 - 1e-12);
  }

  private static double bound(double r, int n, double confidence, int side) {
    if (n <= 3) {
      return side < 0 ? -1 : 1;
    }
    double z = confidence == DEFAULT_CONFIDENCE ? Z95
        : new NormalDistribution(0, 1).inverseCumulativeProbability(0.5 + confidence / 2);
    if (Math.abs(r) >= 1) {
      return r;
    }
    return Math.tanh(Stats.atanh(r) + side * z / Math.sqrt(n - 3));
  }

  /** {@return true if the coefficient could be computed} */
  public boolean isDefined() {
    return !Double.isNaN(r);
  }

  /** {@return for example {@code pearson r = 0.62 [0.37, 0.79], p = 0.0001, n = 32}} */
  @Override
  public String toString() {
    String name = method.name().toLowerCase(Locale.ROOT);
    if (!isDefined()) {
      return name + " undefined, n = " + n;
    }
    return String.format(Locale.ROOT, "%s r = %.2f [%.2f, %.2f], p = %.3g, n = %d", name, r, low, high, p, n);
  }
}
