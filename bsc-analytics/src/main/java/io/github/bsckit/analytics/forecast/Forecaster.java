package io.github.bsckit.analytics.forecast;

import io.github.bsckit.analytics.stats.DampedTrend;
import io.github.bsckit.analytics.stats.TrendLine;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Direction;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.TargetKind;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.period.PeriodSeries;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Forecasts KPIs from their actuals, by a {@link ForecastMethod}: the value expected at the target date, its
 * prediction interval (80% by default), the probability of reaching the target by then, and on pace or "will miss
 * by X". A target is reached at or above its value for an INCREASE KPI or a floor, at or below for a DECREASE KPI
 * or a ceiling. Immutable and thread-safe; each {@code with…} returns a new forecaster.
 *
 * <pre>{@code
 * List<Forecast> linear = Forecaster.defaults().forecast(scorecard, actuals);
 * List<Forecast> damped = Forecaster.defaults().withMethod(ForecastMethod.DAMPED).forecast(scorecard, actuals);
 * Forecaster given = Forecaster.defaults().withDamping(0.5, 0.2, 0.9);   // α, β, φ instead of estimated
 * }</pre>
 *
 * <p><b>Linear</b> (the default): OLS of the values on days since the first actual, the interval and the
 * probability from the prediction's t distribution (n − 2 degrees of freedom). <b>Damped</b>: the KPI's periods
 * at its own frequency ({@link PeriodSeries}), damped-trend smoothing with α, β and φ estimated by the least
 * one-step SSE over a bounded grid ({@link DampedTrend#estimate}) or given; the forecast h periods ahead, h from
 * the last period with actuals to the period holding the target date (0 when the target's period is already
 * past); the interval and the probability from the normal forecast distribution of ETS(A,Ad,N), parameters taken
 * as known. Either way a LEVEL KPI's values are taken as they are and a FLOW KPI's as its running total after the
 * baseline date (what scoring compares with the target). Only the actuals from a KPI's baseline date on are
 * fitted (a FLOW KPI's after it): the pace toward a target is the pace since the plan began, and flat history
 * before it would drag a KPI on plan to "will miss"; with fewer than two actuals since the baseline there are too
 * few to forecast. A prediction that, written at the KPI's decimals (half up), reaches the target is on pace, and
 * the chance is of a value that does. A calculated KPI is forecast on its formula's values by
 * {@link #forecast(Scorecard, Actuals)}, which computes them; the one-KPI methods take the actuals as given.
 * Cost: O(n) per KPI linear, O(3,000·periods) damped with estimated parameters.
 */
public final class Forecaster {
  private static final Forecaster DEFAULTS = new Forecaster(0.8, ForecastMethod.LINEAR, Double.NaN, Double.NaN,
      Double.NaN);

  private final double level;
  private final ForecastMethod method;
  /** The damped trend's given α, β, φ; NaN when estimated. */
  private final double alpha;
  private final double beta;
  private final double phi;

  private Forecaster(double level, ForecastMethod method, double alpha, double beta, double phi) {
    this.level = level;
    this.method = method;
    this.alpha = alpha;
    this.beta = beta;
    this.phi = phi;
  }

  /** {@return a linear-trend forecaster with 80% prediction intervals} */
  public static Forecaster defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a linear-trend forecaster with another interval coverage}
   *
   * @param level the coverage, in (0, 1)
   * @throws ValidationException if the level is outside (0, 1)
   */
  public static Forecaster withLevel(double level) {
    return DEFAULTS.withCoverage(level);
  }

  /**
   * {@return this forecaster with another interval coverage}
   *
   * @param level the coverage, in (0, 1)
   * @throws ValidationException if the level is outside (0, 1)
   */
  public Forecaster withCoverage(double level) {
    if (!(level > 0 && level < 1)) {
      throw new ValidationException(List.of(Problem.at("level", "must be in (0, 1) but was " + level)));
    }
    return new Forecaster(level, method, alpha, beta, phi);
  }

  /**
   * {@return this forecaster with another method; a damped trend's parameters are estimated unless
   * {@link #withDamping given}}
   *
   * @param method linear or damped
   */
  public Forecaster withMethod(ForecastMethod method) {
    return new Forecaster(level, Objects.requireNonNull(method, "method"), alpha, beta, phi);
  }

  /**
   * {@return a damped-trend forecaster with given parameters instead of estimated ones}
   *
   * @param alpha the level's smoothing, in (0, 1]
   * @param beta the trend's smoothing, in [0, 1]
   * @param phi the damping, in (0, 1]
   * @throws ValidationException naming the parameter out of range and its value
   */
  public Forecaster withDamping(double alpha, double beta, double phi) {
    new DampedTrend(0, alpha, beta, phi, Double.NaN, Double.NaN, Double.NaN); // validates
    return new Forecaster(level, ForecastMethod.DAMPED, alpha, beta, phi);
  }

  /** {@return the intervals' coverage} */
  public double level() {
    return level;
  }

  /** {@return the method} */
  public ForecastMethod method() {
    return method;
  }

  /**
   * {@return one forecast per KPI of the scorecard measured in numbers, in the scorecard's order (ordinal and
   * milestone KPIs are left out); periods follow the scorecard's fiscal calendar; a calculated KPI is forecast on
   * the values its formula gives from its inputs' actuals ({@link CalculatedKpis#derive(Scorecard, Actuals)}), as
   * scoring judges it}
   *
   * @param scorecard the scorecard
   * @param actuals its actuals as measured
   */
  public List<Forecast> forecast(Scorecard scorecard, Actuals actuals) {
    Objects.requireNonNull(scorecard, "scorecard");
    actuals = CalculatedKpis.derive(scorecard, Objects.requireNonNull(actuals, "actuals"));
    List<Forecast> out = new ArrayList<>();
    for (Kpi kpi : scorecard.kpis()) {
      if (kpi.scale().isNumbers()) {
        out.add(forecast(kpi, actuals, scorecard.fiscalCalendar()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * {@return the forecast of one KPI; a damped trend's quarters and years are calendar ones}
   *
   * @param kpi the KPI
   * @param actuals actuals holding its values
   */
  public Forecast forecast(Kpi kpi, Actuals actuals) {
    return forecast(kpi, actuals, FiscalCalendar.calendarYear());
  }

  /**
   * {@return the forecast of one KPI, a damped trend's periods on a fiscal calendar}
   *
   * @param kpi the KPI
   * @param actuals actuals holding its values
   * @param calendar the fiscal calendar of quarters, halves and years
   */
  public Forecast forecast(Kpi kpi, Actuals actuals, FiscalCalendar calendar) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(calendar, "calendar");
    NavigableMap<LocalDate, Double> series = actuals.series(kpi.id());
    if (kpi.baseline().isPresent()) {
      // The pace toward a target is the pace since the plan began: history before the baseline date is the
      // old regime (often flat), and fitted with the rest it drags a KPI on plan to "will miss". A LEVEL KPI
      // keeps the value on the baseline date, its starting point; a FLOW KPI's running total starts after it.
      series = series.tailMap(kpi.baseline().get().date(), kpi.kind() != KpiKind.FLOW);
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
    if (method == ForecastMethod.DAMPED) {
      return damped(kpi, series, calendar, n, first, trend, target);
    }
    if (!trend.isDefined() || target.isEmpty()) {
      return unforecast(kpi, n, first, trend, Optional.empty(), target, trend.isDefined());
    }
    double at = target.get().date().toEpochDay() - first.get().toEpochDay();
    double[] interval = trend.predictionInterval(at, level);
    boolean down = down(kpi);
    double edge = edge(kpi, target.get().value());
    double probability = down ? 1 - trend.probabilityAtLeast(at, edge) : trend.probabilityAtLeast(at, edge);
    return finish(kpi, n, first, trend, Optional.empty(), target, trend.predict(at), interval, probability);
  }

  private Forecast damped(Kpi kpi, NavigableMap<LocalDate, Double> series, FiscalCalendar calendar, int n,
      Optional<LocalDate> first, TrendLine trend, Optional<DatedValue> target) {
    if (n > 0 && series.firstKey().isBefore(series.lastKey().minusYears(99))) {
      series = series.tailMap(series.lastKey().minusYears(99), true); // within PeriodSeries' century of days
    }
    Actuals.Builder own = Actuals.builder();
    series.forEach((date, value) -> own.add(kpi.id(), date, value));
    PeriodUnit unit = PeriodUnit.of(kpi.frequency());
    List<PeriodSeries.Point> points = PeriodSeries.of(kpi, own.build(), unit, calendar).points();
    double[] y = new double[points.size()];
    double running = 0;
    boolean finite = true;
    for (int i = 0; i < y.length; i++) {
      OptionalDouble v = points.get(i).value();
      if (v.isEmpty()) {
        y[i] = Double.NaN;
        continue;
      }
      running = kpi.kind() == KpiKind.FLOW ? running + v.getAsDouble() : v.getAsDouble();
      y[i] = running;
      finite &= Double.isFinite(running);
    }
    DampedTrend d = !finite ? DampedTrend.fit(new double[0], 0.5, 0.5, 0.9)
        : Double.isNaN(alpha) ? DampedTrend.estimate(y) : DampedTrend.fit(y, alpha, beta, phi);
    if (!d.isDefined() || target.isEmpty()) {
      return unforecast(kpi, d.n(), first, trend, Optional.of(d), target, d.isDefined());
    }
    TimePeriod last = points.get(points.size() - 1).period();
    TimePeriod goalPeriod = unit.periodOf(target.get().date(), calendar);
    int h = 0;
    for (TimePeriod p = last; p.compareTo(goalPeriod) < 0 && h < PeriodSeries.MAX_PERIODS; p = p.next()) {
      h++;
    }
    double edge = edge(kpi, target.get().value());
    double probability = down(kpi) ? 1 - d.probabilityAtLeast(h, edge) : d.probabilityAtLeast(h, edge);
    return finish(kpi, d.n(), first, trend, Optional.of(d), target, d.predict(h), d.predictionInterval(h, level),
        probability);
  }

  private static boolean down(Kpi kpi) {
    return kpi.targetKind() == TargetKind.AT_MOST
        || (kpi.targetKind() == TargetKind.REACH && kpi.direction() == Direction.DECREASE);
  }

  private Forecast unforecast(Kpi kpi, int points, Optional<LocalDate> first, TrendLine trend,
      Optional<DampedTrend> damped, Optional<DatedValue> target, boolean fitted) {
    return new Forecast(kpi.id(), method, points, first, trend, damped, target, Double.NaN, Double.NaN, Double.NaN,
        level, Double.NaN, fitted ? Pace.NO_TARGET : Pace.INSUFFICIENT_DATA, Double.NaN);
  }

  private Forecast finish(Kpi kpi, int points, Optional<LocalDate> first, TrendLine trend,
      Optional<DampedTrend> damped, Optional<DatedValue> target, double predicted, double[] interval,
      double probability) {
    double goal = target.get().value();
    double edge = edge(kpi, goal);
    // A prediction that reads as the target at the KPI's decimals is no miss anyone could report ("will miss by
    // 0" beside "72" and "72"): the same edge the chance is measured from.
    boolean reaches = down(kpi) ? predicted <= edge : predicted >= edge;
    double shortfall = reaches ? 0 : Math.max(0, down(kpi) ? predicted - goal : goal - predicted);
    return new Forecast(kpi.id(), method, points, first, trend, damped, target, predicted, interval[0], interval[1],
        level, probability, shortfall > 0 ? Pace.WILL_MISS : Pace.ON_PACE, shortfall);
  }

  /**
   * {@return where a value, written at the KPI's decimals (half up), starts to reach the target: half its last
   * decimal below it for a KPI that rises to its target, half above for one that falls; so "on pace" and a chance
   * of at least one half go together, the prediction being the middle of its distribution}
   */
  private static double edge(Kpi kpi, double goal) {
    double half = 0.5 * Math.pow(10, -kpi.precision());
    return down(kpi) ? goal + half : goal - half;
  }

  /** {@return for example {@code Forecaster[level=0.8, method=damped, alpha=0.5, beta=0.2, phi=0.9]}} */
  @Override
  public String toString() {
    return "Forecaster[level=" + level + ", method=" + method.key()
        + (Double.isNaN(alpha) ? "" : ", alpha=" + alpha + ", beta=" + beta + ", phi=" + phi) + "]";
  }
}
