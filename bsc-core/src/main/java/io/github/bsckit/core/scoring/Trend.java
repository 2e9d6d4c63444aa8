package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Numbers;
import java.util.Objects;

/**
 * The trend of the recent past up to the as-of date: a least-squares line through the last few points (by
 * default {@value Scorer#DEFAULT_TREND_POINTS}, see {@link Scorer#withTrendPoints(int)}). Immutable and
 * thread-safe.
 *
 * <p>The direction is judged the same way at every level, on the node's score at each of the last few dates on
 * which an actual below it falls (for a KPI, the dates of its own last actuals): IMPROVING when the fitted score
 * rises, WORSENING when it falls, {@link TrendDirection#FLAT} when the fitted change over the points' span is
 * below half a percentage point. Because scores are what roll up, trends agree through the roll-up: an
 * objective with one KPI has that KPI's direction. (Judged on raw values, a KPI rising more slowly than its plan,
 * or a FLOW KPI whose monthly amounts dip while its total grows, read "improving" under a "worsening" objective.)
 * A KPI with fewer than two scores (no baseline to score progress from, say) gives its objective no trend; its
 * own direction then falls back to its oriented values, FLAT below half its last decimal
 * ({@code 0.5·10^−precision}). For a KPI the slope is in its unit per day, fitted through its actuals (raw: a
 * DECREASE KPI that falls has a negative slope and an IMPROVING direction); for an objective, a perspective or
 * the scorecard it is in score per day.
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
