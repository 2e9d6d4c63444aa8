package io.github.bsckit.core.scoring;

/**
 * A node's score at one date before statuses and trends are attached: the capped score (NaN without data),
 * the overshoot, the covered share of the weight, and why there is no data.
 */
record Evaluation(double score, double overshoot, double coverage, String note) {

  static Evaluation noData(String note) {
    return new Evaluation(Double.NaN, 0, 0, note);
  }

  /** A KPI's evaluation from a method's raw score: capped into [0, 1], the excess over 1 kept as overshoot. */
  static Evaluation ofRaw(double raw) {
    return new Evaluation(Math.max(0, Math.min(1, raw)), Math.max(0, raw - 1), 1, "");
  }

  boolean hasData() {
    return !Double.isNaN(score);
  }
}
