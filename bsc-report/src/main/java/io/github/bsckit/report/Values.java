package io.github.bsckit.report;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.scoring.ScoreNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How the report writes KPI values, targets and scores: at the KPI's precision, with its unit or scale level. */
final class Values {
  private Values() {}

  /** {@return a KPI's value as people write it: {@code 87.5%}, {@code $1200}, or the level of an ordinal scale} */
  static String of(Kpi kpi, double value) {
    if (!kpi.scale().isNumbers() && kpi.scale().holds(value)) {
      return kpi.scale().format(value);
    }
    if (!Double.isFinite(value)) {
      return Numbers.plain(value);
    }
    double rounded = BigDecimal.valueOf(value).setScale(kpi.precision(), RoundingMode.HALF_UP).doubleValue();
    return Numbers.withUnit(rounded, kpi.unit());
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
