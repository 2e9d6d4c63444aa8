package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Numbers;
import java.util.Objects;

/**
 * The trend of the recent past up to the as-of date: a least-squares line through the last few points (by
 * default {@value Scorer#DEFAULT_TREND_POINTS}, see {@link Scorer#withTrendPoints(int)}). Immutable and
 * thread-safe.
 *
 * <p>For a KPI the points are its actuals, and the slope is in the KPI's unit per day (raw: a DECREASE KPI
 * that falls has a negative slope and an {@link TrendDirection#IMPROVING} direction). It is
 * {@link TrendDirection#FLAT} when the fitted change over the points' span is below half the KPI's last
 * decimal ({@code 0.5·10^−precision}), judged on the oriented values. For an objective, a perspective or the
 * scorecard the points are its score at each of the last few dates on which any KPI below it has an actual,
 * and the slope is in score per day; it is FLAT when the fitted change is below half a percentage point.
 *
 * @param direction which way it goes, judged by what is better
 * @param slopePerDay the slope of the fitted line per day; 0 when the direction is UNKNOWN
 * @param points how many points the line was fitted through
 */
public record Trend(TrendDirection direction, double slopePerDay, int points) {
  private static final Trend UNKNOWN_NONE = new Trend(TrendDirection.UNKNOWN, 0, 0);

  /**
   * Validates the components.
   *
   * @param direction whether the KPI or score is getting better, worse, neither, or unknown
   * @param slopePerDay the fitted slope per day
   * @param points how many points the line was fitted through
   * @throws BscException if the slope is not finite, points is negative, or a known direction rests on fewer
   *     than two points
   */
  public Trend {
    Objects.requireNonNull(direction, "direction");
    if (!Double.isFinite(slopePerDay)) {
      throw new BscException("slopePerDay must be a finite number but was " + slopePerDay);
    }
    if (points < 0) {
      throw new BscException("points must be >= 0 but was " + points);
    }
    if (direction != TrendDirection.UNKNOWN && points < 2) {
      throw new BscException("points must be >= 2 for a " + direction + " trend but was " + points);
    }
  }

  /**
   * {@return an unknown trend}
   *
   * @param points how many points there were (0 or 1)
   */
  public static Trend unknown(int points) {
    return points == 0 ? UNKNOWN_NONE : new Trend(TrendDirection.UNKNOWN, 0, points);
  }

  /** {@return for example {@code improving (+0.0222/day over 3 points)} or {@code unknown}} */
  @Override
  public String toString() {
    String name = direction.key();
    return direction == TrendDirection.UNKNOWN ? name
        : name + " (" + Numbers.signed(slopePerDay, 3) + "/day over " + points + " points)";
  }
}
