package io.github.bsckit.core.scoring;

import io.github.bsckit.core.model.RollUp;
import java.util.Arrays;
import java.util.List;

/**
 * Combines children's evaluations into their parent's. Children without data are left out of the score and
 * lower the coverage; scores are combined already capped at 1, so one child far above target cannot hide
 * another at 0.
 *
 * <p>Weights: WEIGHTED_MEAN uses the children's weights, except that when every child weighs 0 they count
 * equally (nobody set weights, so no child is meant to count for nothing); children of weight 0 among weighted
 * ones are informational and count for nothing. MEAN, MIN and MAX ignore weights. Coverage is
 * {@code Σ wᵢ·coverageᵢ / Σ wᵢ} with those same weights, so it is the share of the weight, all the way down,
 * that had data.
 */
final class RollUps {
  private RollUps() {}

  static Evaluation combine(RollUp rollUp, List<Evaluation> children, double[] weights, String noDataNote) {
    int n = children.size();
    double[] w = new double[n];
    double largest = 0;
    for (int i = 0; i < n; i++) {
      w[i] = rollUp == RollUp.WEIGHTED_MEAN ? weights[i] : 1;
      largest = Math.max(largest, w[i]);
    }
    double total = 0;
    for (int i = 0; i < n; i++) {
      w[i] = largest == 0 ? 1 : w[i] / largest; // relative to the largest, so no sum of weights overflows
      total += w[i];
    }
    double covered = 0;
    double weightWithData = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double minOvershoot = 0;
    double maxOvershoot = 0;
    for (int i = 0; i < n; i++) {
      Evaluation c = children.get(i);
      covered += w[i] * c.coverage();
      if (!c.hasData() || w[i] == 0) {
        continue;
      }
      weightWithData += w[i];
      if (c.score() < min || (c.score() == min && c.overshoot() < minOvershoot)) {
        min = c.score();
        minOvershoot = c.overshoot();
      }
      if (c.score() > max || (c.score() == max && c.overshoot() > maxOvershoot)) {
        max = c.score();
        maxOvershoot = c.overshoot();
      }
    }
    if (weightWithData == 0) {
      return Evaluation.noData(noDataNote);
    }
    // Means as sums of shares (w/W)·x: each term is at most the largest x, so overshoots near the largest
    // double still add up to a finite mean.
    double sum = 0;
    double overshootSum = 0;
    for (int i = 0; i < n; i++) {
      Evaluation c = children.get(i);
      if (c.hasData() && w[i] != 0) {
        double share = w[i] / weightWithData;
        sum += share * c.score();
        overshootSum += share * c.overshoot();
      }
    }
    double coverage = n == 0 ? 0 : Math.min(1, covered / total);
    return switch (rollUp) {
      case WEIGHTED_MEAN, MEAN -> new Evaluation(clamp(sum), Math.min(Double.MAX_VALUE, overshootSum), coverage, "");
      case MIN -> new Evaluation(min, minOvershoot, coverage, "");
      case MAX -> new Evaluation(max, maxOvershoot, coverage, "");
    };
  }

  /** Guards the mean against rounding just outside [0, 1]. */
  private static double clamp(double score) {
    return Math.max(0, Math.min(1, score));
  }
}
