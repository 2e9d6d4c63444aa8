package io.github.bsckit.report;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.scoring.ScoreNode;

/** How the report writes scores and their changes; KPI values and targets are {@code KpiText}'s. */
final class Values {
  private Values() {}

  /** {@return a node's score as a percentage with one decimal, or an en dash without one} */
  static String score(ScoreNode node) {
    return node.score().isPresent() ? Numbers.percent(node.score().getAsDouble()) : "\u2013";
  }

  /** {@return a change of score in percentage points with a sign: {@code +4.2 pts}} */
  static String points(double delta) {
    String p = String.format(java.util.Locale.ROOT, "%+.1f", delta * 100);
    return p + " pts";
  }
}
