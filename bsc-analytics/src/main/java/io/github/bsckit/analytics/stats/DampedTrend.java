package io.github.bsckit.analytics.stats;

import java.util.Locale;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Gardner and McKenzie's damped-trend exponential smoothing (damped Holt, ETS(A,Ad,N)) of a series of equally
 * spaced periods. Each period updates a level and a trend, the trend shrinking by φ every step, so a forecast
 * levels off instead of running on in a straight line:
 *
 * <pre>
 * ℓ(t) = α·y(t) + (1 − α)·(ℓ(t−1) + φ·b(t−1))
 * b(t) = β·(ℓ(t) − ℓ(t−1)) + (1 − β)·φ·b(t−1)
 * ŷ(n+h) = ℓ(n) + (φ + φ² + … + φ^h)·b(n)
 * </pre>
 *
 * <p>β is the trend's smoothing as statsmodels' {@code Holt(damped_trend=True)} names it ({@code smoothing_trend});
 * its {@code ETSModel} writes αβ for the same thing. The states start from the series itself: ℓ(0) = the first
 * value, b(0) = the slope to the second observed value, both before the first update (statsmodels'
 * {@code initialization_method="known"}). A missing period (NaN) is stepped over without an update.
 *
 * <p><b>Prediction interval.</b> The analytic one of ETS(A,Ad,N) (Hyndman et al., <i>Forecasting with exponential
 * smoothing</i>, 2008, class 1; statsmodels' {@code ETSModel.get_prediction}): variance
 * {@code σ²·(1 + Σ_{j=1}^{h−1} (α + αβ·φ_j)²)}, {@code φ_j = φ + … + φ^j}, σ² the mean squared one-step error
 * (SSE/n), normal quantiles. It treats the parameters as known, so it is narrower than the truth when they were
 * estimated from a short series.
 *
 * <p>Immutable and thread-safe. Needs at least {@value #MINIMUM_POINTS} observed values; otherwise
 * {@link #isDefined()} is false and every number is NaN. Cost: O(n) for given parameters; the estimate fits
 * 19·19·10 + 10·5³ parameter sets, O(5,000·n).
 *
 * @param n the number of observed values (one-step errors)
 * @param alpha the level's smoothing α, in (0, 1]
 * @param beta the trend's smoothing β, in [0, 1]
 * @param phi the damping φ, in (0, 1]
 * @param level the level after the last period, or NaN
 * @param slope the trend after the last period, per period, or NaN
 * @param sse the sum of squared one-step errors, or NaN
 */
public record DampedTrend(int n, double alpha, double beta, double phi, double level, double slope, double sse) {

  /** The fewest observed values a damped trend is fitted to: two to start the states, and errors to judge by. */
  public static final int MINIMUM_POINTS = 4;

  /* The bounds of the estimate: α and β in [0.05, 0.95], φ in [0.80, 0.98] (Hyndman's advice for φ). */
  private static final double LOW = 0.05;
  private static final double HIGH = 0.95;
  private static final double PHI_LOW = 0.80;
  private static final double PHI_HIGH = 0.98;
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /**
   * Validates the parameters.
   *
   * @param n observed values, not negative
   * @param alpha in (0, 1]
   * @param beta in [0, 1]
   * @param phi in (0, 1]
   * @param level the level, or NaN
   * @param slope the trend, or NaN
   * @param sse the sum of squared errors, or NaN
   * @throws io.github.bsckit.core.ValidationException naming the parameter out of range and its value
   */
  public DampedTrend {
    if (n < 0) {
      throw Stats.invalid("n", "must not be negative but was " + n);
    }
    if (!(alpha > 0 && alpha <= 1)) {
      throw Stats.invalid("alpha", "must be in (0, 1] but was " + alpha);
    }
    if (!(beta >= 0 && beta <= 1)) {
      throw Stats.invalid("beta", "must be in [0, 1] but was " + beta);
    }
    if (!(phi > 0 && phi <= 1)) {
      throw Stats.invalid("phi", "must be in (0, 1] but was " + phi);
    }
  }

  /**
   * {@return the damped trend of a series with given parameters}
   *
   * @param y the values per period, oldest first; NaN for a period without one
   * @param alpha the level's smoothing, in (0, 1]
   * @param beta the trend's smoothing, in [0, 1]
   * @param phi the damping, in (0, 1]
   * @throws io.github.bsckit.core.ValidationException if a parameter is out of range or a value infinite
   */
  public static DampedTrend fit(double[] y, double alpha, double beta, double phi) {
    java.util.Objects.requireNonNull(y, "y");
    for (int i = 0; i < y.length; i++) {
      if (Double.isInfinite(y[i])) {
        throw Stats.invalid("y[" + i + "]", "must be finite or NaN but was " + y[i]);
      }
    }
    new DampedTrend(0, alpha, beta, phi, Double.NaN, Double.NaN, Double.NaN); // validates the parameters
    double[] state = new double[3];
    int n = run(y, alpha, beta, phi, state);
    if (n < MINIMUM_POINTS) {
      return new DampedTrend(n, alpha, beta, phi, Double.NaN, Double.NaN, Double.NaN);
    }
    return new DampedTrend(n, alpha, beta, phi, state[0], state[1], state[2]);
  }

  /**
   * {@return the damped trend with the parameters that minimise the one-step SSE: a grid over α, β in
   * [0.05, 0.95] by 0.05 and φ in [0.80, 0.98] by 0.02, then ten rounds of a pattern search (5 × 5 × 5 points
   * around the best, the step halved each round); the first best in search order wins a tie}
   *
   * @param y the values per period, oldest first; NaN for a period without one
   * @throws io.github.bsckit.core.ValidationException if a value is infinite
   */
  public static DampedTrend estimate(double[] y) {
    double[] best = {Double.POSITIVE_INFINITY, 0.5, 0.5, 0.9};
    search(y, best, LOW, HIGH, 0.05, LOW, HIGH, 0.05, PHI_LOW, PHI_HIGH, 0.02);
    double da = 0.05;
    double df = 0.02;
    for (int round = 0; round < 10; round++) { // a pattern search: the best point's neighbourhood, ever finer
      da /= 2;
      df /= 2;
      double a = best[1];
      double b = best[2];
      double f = best[3];
      search(y, best, Math.max(LOW, a - 2 * da), Math.min(HIGH, a + 2 * da), da, Math.max(LOW, b - 2 * da),
          Math.min(HIGH, b + 2 * da), da, Math.max(PHI_LOW, f - 2 * df), Math.min(PHI_HIGH, f + 2 * df), df);
    }
    return fit(y, best[1], best[2], best[3]);
  }

  private static void search(double[] y, double[] best, double a0, double a1, double da, double b0, double b1,
      double db, double f0, double f1, double df) {
    double[] state = new double[3];
    for (int i = 0; a0 + i * da <= a1 + 1e-9; i++) {
      double a = Math.min(a1, a0 + i * da); // never past a bound by rounding
      for (int j = 0; b0 + j * db <= b1 + 1e-9; j++) {
        double b = Math.min(b1, b0 + j * db);
        for (int k = 0; f0 + k * df <= f1 + 1e-9; k++) {
          double f = Math.min(f1, f0 + k * df);
          if (run(y, a, b, f, state) >= MINIMUM_POINTS && state[2] < best[0]) {
            best[0] = state[2];
            best[1] = a;
            best[2] = b;
            best[3] = f;
          }
        }
      }
    }
  }

  /** Runs the recursions; leaves {level, slope, sse} in {@code state}; returns the observed values. */
  private static int run(double[] y, double alpha, double beta, double phi, double[] state) {
    int first = -1;
    int second = -1;
    for (int t = 0; t < y.length && second < 0; t++) {
      if (!Double.isNaN(y[t])) {
        if (first < 0) {
          first = t;
        } else {
          second = t;
        }
      }
    }
    if (second < 0) {
      return first < 0 ? 0 : 1;
    }
    double l = y[first];
    double b = (y[second] - y[first]) / (second - first);
    double sse = 0;
    int n = 0;
    for (int t = first; t < y.length; t++) {
      double forecast = l + phi * b;
      if (Double.isNaN(y[t])) {
        l = forecast;
        b = phi * b;
        continue;
      }
      double e = y[t] - forecast;
      sse += e * e;
      n++;
      double next = alpha * y[t] + (1 - alpha) * forecast;
      b = beta * (next - l) + (1 - beta) * phi * b;
      l = next;
    }
    state[0] = l;
    state[1] = b;
    state[2] = sse;
    return n;
  }

  /** {@return true if the states could be fitted} */
  public boolean isDefined() {
    return !Double.isNaN(level);
  }

  /** {@return the one-step errors' standard deviation σ = √(SSE/n), NaN when undefined} */
  public double sigma() {
    return Math.sqrt(sse / n);
  }

  /**
   * {@return the forecast h periods after the last: {@code ℓ + (φ + … + φ^h)·b}; h = 0 is the last level}
   *
   * @param h the periods ahead, not negative
   */
  public double predict(int h) {
    return level + dampedSum(h) * slope;
  }

  private double dampedSum(int h) {
    double sum = 0;
    double power = 1;
    for (int i = 1; i <= h; i++) {
      power *= phi;
      sum += power;
    }
    return sum;
  }

  /**
   * {@return the standard error of the forecast h periods ahead, {@code σ·√(1 + Σ_{j=1}^{h−1} (α + αβ·φ_j)²)};
   * h = 0 counts as 1}
   *
   * @param h the periods ahead, not negative
   */
  public double predictionError(int h) {
    double v = 1;
    double phiJ = 0;
    double power = 1;
    for (int j = 1; j < h; j++) {
      power *= phi;
      phiJ += power;
      double c = alpha + alpha * beta * phiJ;
      v += c * c;
    }
    return sigma() * Math.sqrt(v);
  }

  /**
   * {@return the prediction interval {low, high} h periods ahead, by normal quantiles}
   *
   * @param h the periods ahead, not negative
   * @param level the coverage, in (0, 1), such as 0.8
   * @throws io.github.bsckit.core.ValidationException if the level is outside (0, 1)
   */
  public double[] predictionInterval(int h, double level) {
    if (!(level > 0 && level < 1)) {
      throw Stats.invalid("level", "must be in (0, 1) but was " + level);
    }
    double half = NORMAL.inverseCumulativeProbability(0.5 + level / 2) * predictionError(h);
    return new double[] {predict(h) - half, predict(h) + half};
  }

  /**
   * {@return the probability that the value h periods ahead is at least {@code threshold}, from the normal
   * forecast distribution (1 or 0 when the errors are all zero), NaN when undefined}
   *
   * @param h the periods ahead, not negative
   * @param threshold the value to reach
   */
  public double probabilityAtLeast(int h, double threshold) {
    if (!isDefined()) {
      return Double.NaN;
    }
    double se = predictionError(h);
    if (!(se > 0)) {
      return predict(h) >= threshold ? 1 : 0;
    }
    return NORMAL.cumulativeProbability((predict(h) - threshold) / se);
  }

  /** {@return for example {@code damped trend α = 0.6, β = 0.3, φ = 0.9: level 61.2, slope 0.41 (σ = 1.3, n = 24)}} */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "damped trend α = %.3g, β = %.3g, φ = %.3g: ", alpha, beta, phi)
        + (isDefined() ? String.format(Locale.ROOT, "level %.4g, slope %.4g (σ = %.3g, n = %d)", level, slope,
            sigma(), n) : "undefined (" + n + " points)");
  }
}
