package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.RollUp;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The arithmetic of consolidation. {@link #combine} rolls scores up exactly as the scorer rolls a scorecard's
 * children up (weights relative to the largest, children without data left out and lowering coverage, means
 * as sums of shares), so that a unit nothing feeds into consolidates to its own score to the last bit.
 */
final class Blend {
  private Blend() {}

  /**
   * Combines children's scores ({@code NaN} for no data) and coverages by a roll-up.
   *
   * @return {score or NaN, coverage}
   */
  static double[] combine(RollUp rollUp, double[] scores, double[] coverages, double[] weights) {
    int n = scores.length;
    double[] w = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rollUp == RollUp.WEIGHTED_MEAN ? weights[i] : 1;
      largest = Math.max(largest, w[i]);
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = largest == 0 ? 1 : w[i] / largest;
      total += w[i];
    }
    double covered = 0;
    double weightWithData = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      covered += w[i] * coverages[i];
      if (Double.isNaN(scores[i]) || w[i] == 0) {
        continue;
      }
      weightWithData += w[i];
      min = Math.min(min, scores[i]);
      max = Math.max(max, scores[i]);
    }
    double coverage = n == 0 ? 0 : Math.min(1, covered / total);
    if (weightWithData == 0) {
      return new double[] {Double.NaN, coverage};
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isNaN(scores[i]) && w[i] != 0) {
        sum += w[i] / weightWithData * scores[i];
      }
    }
    double score = switch (rollUp) {
      case WEIGHTED_MEAN, MEAN -> Math.max(0, Math.min(1, sum));
      case MIN -> min;
      case MAX -> max;
    };
    return new double[] {score, coverage};
  }

  /** The weighted mean of the contributions with a value; every weight 0 counts all alike. */
  static OptionalDouble weightedMean(List<Contribution> parts) {
    double[] scores = new double[parts.size()];
    double[] weights = new double[parts.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = parts.get(i).value().orElse(Double.NaN);
      weights[i] = parts.get(i).weight();
    }
    double s = combine(RollUp.WEIGHTED_MEAN, scores, new double[scores.length], weights)[0];
    return Double.isNaN(s) ? OptionalDouble.empty() : OptionalDouble.of(s);
  }
}
