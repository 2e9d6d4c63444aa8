package io.github.bsckit.analytics.forecast;

import io.github.bsckit.analytics.stats.DampedTrend;
import io.github.bsckit.analytics.stats.TrendLine;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.KpiId;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's forecast at its target date, by the {@link Forecaster}'s {@link ForecastMethod}. The OLS line is fitted
 * for either method (values per day since the first actual: a LEVEL KPI's values as they are, a FLOW KPI's running
 * total after the baseline date, what scoring compares with the target); a damped forecast also carries its
 * {@link DampedTrend} over the KPI's periods. Immutable and thread-safe.
 *
 * @param kpi the KPI
 * @param method the method the prediction, interval and probability come from
 * @param points the actuals fitted (linear), or the periods with a value (damped)
 * @param firstDate the date of the first actual fitted (day 0 of the trend), if any
 * @param trend the fitted OLS line, values per day since {@code firstDate}
 * @param damped the damped trend, for the damped method
 * @param target the target, if the KPI has one
 * @param predicted the trend's value at the target date, NaN without one
 * @param low the lower bound of the prediction interval at the target date, NaN without one
 * @param high the upper bound of the prediction interval, NaN without one
 * @param level the interval's coverage, such as 0.8
 * @param probability the probability that the value at the target date reaches the target, NaN without one
 * @param pace on pace, will miss, no target or insufficient data
 * @param shortfall by how much the trend misses the target (0 when on pace), NaN without a forecast
 */
public record Forecast(KpiId kpi, ForecastMethod method, int points, Optional<LocalDate> firstDate,
    TrendLine trend, Optional<DampedTrend> damped, Optional<DatedValue> target, double predicted, double low, double high, double level, double probability,
    Pace pace, double shortfall) {

  /**
   * Checks for nulls.
   *
   * @param kpi the KPI
   * @param method the method
   * @param points the actuals or periods fitted
   * @param firstDate day 0 of the trend, if any
   * @param trend the line
   * @param damped the damped trend, if any
   * @param target the target, if any
   * @param predicted the value at the target date
   * @param low the interval's lower bound
   * @param high the interval's upper bound
   * @param level the interval's coverage
   * @param probability the probability of reaching the target
   * @param pace the pace
   * @param shortfall the shortfall
   */
  public Forecast {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(damped, "damped");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(trend, "trend");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(pace, "pace");
  }

  /**
   * {@return the OLS line's value on a date (for either method), NaN without a line}
   *
   * @param date the date
   */
  public double at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return firstDate.isEmpty() || !trend.isDefined() ? Double.NaN
        : trend.predict(date.toEpochDay() - firstDate.get().toEpochDay());
  }

  /** {@return for example {@code retention: on pace, 90.4 [88.9, 91.9] at 2026-12-31 for 90, P(reach) = 0.71}} */
  @Override
  public String toString() {
    String head = kpi + ": " + pace.key().replace('-', ' ');
    if (pace == Pace.NO_TARGET || pace == Pace.INSUFFICIENT_DATA) {
      return head + " (" + points + " actuals)";
    }
    return head + (pace == Pace.WILL_MISS ? String.format(Locale.ROOT, " by %.4g", shortfall) : "")
        + String.format(Locale.ROOT, ", %.4g [%.4g, %.4g] at %s for %.4g, P(reach) = %.2f", predicted, low, high,
            target.get().date(), target.get().value(), probability);
  }
}
