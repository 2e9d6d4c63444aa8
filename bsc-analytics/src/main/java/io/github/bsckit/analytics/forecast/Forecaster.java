package io.github.bsckit.analytics.forecast;

import io.github.bsckit.analytics.stats.TrendLine;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Forecasts KPIs from their actuals with an OLS linear trend: the value expected at the target date, its
 * prediction interval (80% by default), the probability of reaching the target by then (from the prediction's t
 * distribution), and on pace or "will miss by X". A target is reached at or above its value for an INCREASE KPI
 * or a floor, at or below for a DECREASE KPI or a ceiling. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Forecast> forecasts = Forecaster.defaults().forecast(scorecard, actuals);
 * }</pre>
 *
 * <p>A straight line is a strong assumption: it suits KPIs that move steadily, and it says nothing of a change of
 * course. Cost: O(n) per KPI.
 */
public final class Forecaster {
  private static final Forecaster DEFAULTS = new Forecaster(0.8);

  private final double level;

  private Forecaster(double level) {
    this.level = level;
  }

  /** {@return a forecaster with 80% prediction intervals} */
  public static Forecaster defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a forecaster with another interval coverage}
   *
   * @param level the coverage, in (0, 1)
   * @throws ValidationException if the level is outside (0, 1)
   */
  public static Forecaster withLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new ValidationException(List.of(Problem.at("level", "must be in (0, 1) but was " + level)));
    }
    return new Forecaster(level);
  }

  /** {@return the intervals' coverage} */
  public double level() {
    return level;
  }

  /**
   * {@return one forecast per KPI of the scorecard measured in numbers, in the scorecard's order (ordinal and
   * milestone KPIs are left out)}
   *
   * @param scorecard the scorecard
   * @param actuals its actuals
   */
  public List<Forecast> forecast(Scorecard scorecard, Actuals actuals) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    List<Forecast> out = new ArrayList<>();
    for (Kpi kpi : scorecard.kpis()) {
      if (kpi.scale().isNumbers()) {
        out.add(forecast(kpi, actuals));
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@return the forecast of one KPI}
   *
   * @param kpi the KPI
   * @param actuals actuals holding its values
   */
  public Forecast forecast(Kpi kpi, Actuals actuals) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actuals, "actuals");
    NavigableMap<LocalDate, Double> series = actuals.series(kpi.id());
    if (kpi.kind() == KpiKind.FLOW && kpi.baseline().isPresent()) {
      series = series.tailMap(kpi.baseline().get().date(), false);
    }
    int n = series.size();
    double[] x = new double[n];
    double[] y = new double[n];
    Optional<LocalDate> first = n == 0 ? Optional.empty() : Optional.of(series.firstKey());
    double running = 0;
    int i = 0;
    for (Map.Entry<LocalDate, Double> e : series.entrySet()) {
      x[i] = e.getKey().toEpochDay() - first.get().toEpochDay();
      running = kpi.kind() == KpiKind.FLOW ? running + e.getValue() : e.getValue();
      y[i++] = running;
    }
    boolean finite = true;
    for (double v : y) {
      finite &= Double.isFinite(v); // a running total past the largest double: no trend to fit
    }
    TrendLine trend = finite ? TrendLine.fit(x, y) : TrendLine.fit(new double[0], new double[0]);
    Optional<DatedValue> target = kpi.target();
    if (!trend.isDefined()) {
      return new Forecast(kpi.id(), n, first, trend, target, Double.NaN, Double.NaN, Double.NaN, level, Double.NaN,
          Pace.INSUFFICIENT_DATA, Double.NaN);
    }
    if (target.isEmpty()) {
      return new Forecast(kpi.id(), n, first, trend, target, Double.NaN, Double.NaN, Double.NaN, level, Double.NaN,
          Pace.NO_TARGET, Double.NaN);
    }
    double at = target.get().date().toEpochDay() - first.get().toEpochDay();
    double predicted = trend.predict(at);
    double[] interval = trend.predictionInterval(at, level);
    double goal = target.get().value();
    boolean down = kpi.targetKind() == TargetKind.AT_MOST
        || (kpi.targetKind() == TargetKind.REACH && kpi.direction() == Direction.DECREASE);
    double probability = down ? 1 - trend.probabilityAtLeast(at, goal) : trend.probabilityAtLeast(at, goal);
    double shortfall = Math.max(0, down ? predicted - goal : goal - predicted);
    return new Forecast(kpi.id(), n, first, trend, target, predicted, interval[0], interval[1], level, probability,
        shortfall > 0 ? Pace.WILL_MISS : Pace.ON_PACE, shortfall);
  }

  /** {@return for example {@code Forecaster[level=0.8]}} */
  @Override
  public String toString() {
    return "Forecaster[level=" + level + "]";
  }
}
