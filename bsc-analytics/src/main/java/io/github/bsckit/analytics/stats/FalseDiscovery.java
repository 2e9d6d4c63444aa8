package io.github.bsckit.analytics.stats;

import java.util.Arrays;
import java.util.Objects;

/**
 * Benjamini–Hochberg false-discovery control: the q-value of each of m p-values is
 * {@code min over j ≥ rank of (m·p(j)/j)}, capped at 1, as statsmodels' {@code multipletests(method="fdr_bh")}
 * computes it. Calling every test with {@code q ≤ α} a discovery keeps the expected share of false discoveries
 * at or below α (for independent or positively dependent tests). Cost: O(m log m).
 */
public final class FalseDiscovery {
  private FalseDiscovery() {}

  /**
   * {@return the Benjamini–Hochberg q-values, in the order of the p-values; NaN p-values (tests that could not
   * be run) get a NaN q-value and do not count towards m}
   *
   * @param p p-values in [0, 1] or NaN
   * @throws io.github.bsckit.core.ValidationException if a p-value is outside [0, 1]
   */
  public static double[] qValues(double[] p) {
    Objects.requireNonNull(p, "p");
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i])) {
        if (p[i] < 0 || p[i] > 1) {
          throw Stats.invalid("p[" + i + "]", "must be in [0, 1] but was " + p[i]);
        }
        order[m++] = i;
      }
    }
    double[] q = new double[p.length];
    Arrays.fill(q, Double.NaN);
    Integer[] ranked = Arrays.copyOf(order, m);
    Arrays.sort(ranked, (a, b) -> Double.compare(p[a], p[b]));
    double running = 1;
    for (int k = m - 1; k >= 0; k--) {
      running = Math.min(running, p[ranked[k]] * m / (k + 1));
      q[ranked[k]] = running;
    }
    return q;
  }
}
