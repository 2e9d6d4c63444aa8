package io.github.bsckit.analytics.stats;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * How many aligned pairs a correlation test needs: {@code n = ((z(1−α/2) + z(power)) / atanh|r|)² + 3}, rounded
 * up (the Fisher-z approximation). At α = 0.05 and power 0.8 that is 30 pairs for |r| = 0.5, 47 for 0.4 and 85
 * for 0.3.
 */
public final class SampleSize {
  private SampleSize() {}

  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);

  /** The z sum of the last (α, power) asked: one analysis asks for one pair hundreds of times. */
  private record Quantiles(double alpha, double power, double z) {}

  /** Immutable values published through a volatile field: any thread sees a whole pair, at worst a stale one. */
  private static volatile Quantiles last = new Quantiles(Double.NaN, Double.NaN, Double.NaN);

  /**
   * {@return the pairs needed to detect a correlation of size {@code |r|} with a two-sided test at level α and
   * the given power}
   *
   * @param r the correlation to detect, 0 &lt; |r| &lt; 1
   * @param alpha the significance level, in (0, 1)
   * @param power the probability of detecting it, in (0, 1)
   * @throws io.github.bsckit.core.ValidationException if an argument is out of range
   */
  public static int pairsFor(double r, double alpha, double power) {
    if (!(Math.abs(r) > 0 && Math.abs(r) < 1)) {
      throw Stats.invalid("r", "must satisfy 0 < |r| < 1 but was " + r);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw Stats.invalid("alpha", "must be in (0, 1) but was " + alpha);
    }
    if (!(power > 0 && power < 1)) {
      throw Stats.invalid("power", "must be in (0, 1) but was " + power);
    }
    Quantiles q = last;
    if (q.alpha != alpha || q.power != power) {
      q = new Quantiles(alpha, power, NORMAL.inverseCumulativeProbability(1 - alpha / 2)
          + NORMAL.inverseCumulativeProbability(power));
      last = q;
    }
    double z = q.z;
    double c = Stats.atanh(Math.abs(r));
    return (int) Math.ceil(z * z / (c * c) + 3 - 1e-9);
  }
}
