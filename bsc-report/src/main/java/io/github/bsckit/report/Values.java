package io.github.bsckit.report;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.scoring.ScoreNode;

/** How the report writes KPI values, targets and scores: at the KPI's precision, with its unit or scale level. */
final class Values {
  private Values() {}

  /** {@return a KPI's value as people write it: {@code 87.5%}, {@code $1200}, or the level of an ordinal scale} */
  static String of(Kpi kpi, double value) {
    if (!kpi.scale().isNumbers() && kpi.scale().holds(value)) {
      return kpi.scale().format(value);
    }
    return Numbers.atPrecision(value, kpi.precision(), kpi.unit());
  }

  /**
   * {@return the expected level to date as people read it beside the actual: to one decimal more than the KPI
   * carries, so an actual of {@code 63%} against an expected {@code 63.3%} shows why it scores below 100%, where
   * both written at the KPI's precision would read {@code 63%}; a level that needs no more decimals is written
   * without them ({@code 68}), and an ordinal level as its text}
   */
  static String expected(Kpi kpi, double value) {
    return kpi.scale().isNumbers() ? Numbers.atPrecision(value, Math.min(10, kpi.precision() + 1), kpi.unit())
        : of(kpi, value);
  }

  /** {@return the target in words: {@code 90% by 2026-12-31}, {@code at least 95%}, {@code 4–6 days}} */
  static String target(Kpi kpi) {
    if (kpi.direction() == Direction.RANGE && kpi.range().isPresent()) {
      String band = of(kpi, kpi.range().get().low()) + " \u2013 " + of(kpi, kpi.range().get().high());
      return kpi.target().map(t -> band + " by " + t.date()).orElse(band);
    }
    if (kpi.target().isEmpty()) {
      return "none set";
    }
    String prefix = kpi.targetKind() == TargetKind.AT_LEAST ? "at least "
        : kpi.targetKind() == TargetKind.AT_MOST ? "at most " : "";
    return prefix + of(kpi, kpi.target().get().value()) + " by " + kpi.target().get().date();
  }

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
