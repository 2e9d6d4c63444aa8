package io.github.bsckit.core.internal.text;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Money;
import io.github.bsckit.core.model.TargetKind;

/**
 * How a KPI's values and target are written wherever people read them (the review pack, the command line's
 * tables): at the KPI's decimals, with its unit or as the level of its scale, one way everywhere.
 */
public final class KpiText {
  private KpiText() {}

  /**
   * {@return a KPI's value as people write it: {@code 87.5%}, {@code $1200}, or the level of an ordinal scale}
   *
   * @param kpi the KPI, for its decimals, unit and scale
   * @param value the value
   */
  public static String value(Kpi kpi, double value) {
    if (!kpi.scale().isNumbers() && kpi.scale().holds(value)) {
      return kpi.scale().format(value);
    }
    return Numbers.atPrecision(value, kpi.precision(), kpi.unit());
  }

  /**
   * {@return the expected level to date as people read it beside the actual: to one decimal more than the KPI
   * carries, so an actual of {@code 63%} against an expected {@code 63.3%} shows why it scores below 100%, where
   * both written at the KPI's precision would read {@code 63%}; a level that needs no more decimals is written
   * without them ({@code 68%}), and an ordinal level as its text}
   *
   * @param kpi the KPI
   * @param value the expected level
   */
  public static String expected(Kpi kpi, double value) {
    return kpi.scale().isNumbers() ? Numbers.atPrecision(value, Math.min(10, kpi.precision() + 1), kpi.unit())
        : value(kpi, value);
  }

  /**
   * {@return an amount of money as the review pack writes a budget: {@code USD 1,200,000}}
   *
   * @param money the amount and its currency
   */
  public static String money(Money money) {
    return money.currency() + " " + Numbers.grouped(money.amount().toPlainString()); // never negative
  }

  /**
   * {@return the target in words: {@code 90% by 2026-12-31}, {@code at least 95% by 2026-12-31}, {@code 4 days
   * – 6 days}, or {@code none set}}
   *
   * @param kpi the KPI
   */
  public static String target(Kpi kpi) {
    if (kpi.direction() == Direction.RANGE && kpi.range().isPresent()) {
      String band = value(kpi, kpi.range().get().low()) + " \u2013 " + value(kpi, kpi.range().get().high());
      return kpi.target().map(t -> band + " by " + t.date()).orElse(band);
    }
    if (kpi.target().isEmpty()) {
      return "none set";
    }
    String prefix = kpi.targetKind() == TargetKind.AT_LEAST ? "at least "
        : kpi.targetKind() == TargetKind.AT_MOST ? "at most " : "";
    return prefix + value(kpi, kpi.target().get().value()) + " by " + kpi.target().get().date();
  }
}
