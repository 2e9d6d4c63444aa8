package io.github.bsckit.core.scoring;

import io.github.bsckit.core.BscException;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.period.CalculatedKpis;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a scorecard from its actuals as of a date. Immutable and thread-safe: one scorer can score many
 * scorecards concurrently.
 *
 * <pre>{@code
 * ScoreReport report = Scorer.defaults().score(scorecard, actuals, LocalDate.parse("2026-06-30"));
 * }</pre>
 *
 * <p><b>KPIs.</b> Each KPI is scored from its latest actual on or before the as-of date; later actuals are
 * ignored. Its method is {@link io.github.bsckit.core.model.ScoringPolicy#methodFor}: the KPI's own
 * {@link io.github.bsckit.core.model.ScoringSpec}; without one, a RANGE KPI, a floor or a ceiling is scored by
 * {@code range} (its band says what good is), a milestone by {@code milestone}, and any other KPI by the
 * scorecard's default ({@link io.github.bsckit.core.model.ScoringPolicy#method()}, {@code expected-to-date} unless
 * set). The method's raw
 * score is capped into [0, 1]; the part above 1 is reported as overshoot. A KPI is NO_DATA, with a note saying
 * why, when it has no actual on or before the as-of date, or when it lacks a baseline or target its method
 * needs: missing data never throws, so a scorecard still being filled in scores what it can (and the
 * {@code missing-target} rule reports the gap).
 *
 * <p><b>Calculated KPIs</b> are scored on the values their formulas give from their inputs' actuals on or
 * before the as-of date ({@link CalculatedKpis}), like any other KPI.
 *
 * <p><b>Data quality.</b> The report carries what the {@link io.github.bsckit.core.rules.DataQualityRules}
 * find in the actuals on or before the date ({@link ScoreReport#dataQuality()}): stale KPIs, gaps and actuals
 * before their baseline. Actuals after the date are what a report as of a past date leaves out, so
 * {@code future-actual} is not asked there (ask {@code DataQualityRules.of(actuals, today)} for it).
 *
 * <p><b>Configuration errors throw.</b> An unknown method name, a missing, unknown or out-of-range parameter,
 * or a method that does not suit its KPI (such as {@code range} on an INCREASE KPI) is a mistake in the
 * scorecard, not in the data: {@link #score} then throws one {@link io.github.bsckit.core.ValidationException}
 * listing every such problem with its path ({@code objectives[2].kpis[0].scoring.parameters.min}) before it
 * scores anything.
 *
 * <p><b>Statuses.</b> A KPI's thresholds are the first set of: the KPI's own
 * ({@link io.github.bsckit.core.model.Kpi#thresholds()}), the scorecard's
 * ({@link io.github.bsckit.core.model.ScoringPolicy#thresholds()}), its method's defaults
 * ({@link ScoringMethod#defaultThresholds()}). Objectives, perspectives and the scorecard are judged by the
 * scorecard's thresholds or, without them, by the default method's defaults, because the default method sets
 * the scale most scores are on (a scorecard mixing methods with different scales should set its own). Status
 * rules apply in order, the first match winning; see {@link Status#of}.
 *
 * <p><b>Roll-up.</b> KPIs roll up into their objective by their weights, objectives into their perspective by
 * theirs, perspectives into the scorecard equally, using the scorecard's
 * {@link io.github.bsckit.core.model.RollUp}. Children without data are left out and lower the parent's
 * {@linkplain ScoreNode#coverage() coverage}; a parent none of whose children has data is NO_DATA.
 *
 * <p><b>Cost.</b> O((K + P)·t) method calls and roll-ups for K KPIs, P parents and t trend points, since each
 * parent's trend re-evaluates its subtree at up to t recent dates (KPI evaluations are shared).
 */
public final class Scorer {
  /** The most periods a {@linkplain #history history} may span. */
  public static final int MAX_HISTORY = 1200;

  /** How many recent points a trend is fitted through unless set otherwise. */
  public static final int DEFAULT_TREND_POINTS = 5;

  private static final Scorer DEFAULTS = new Scorer(ScoringMethods.defaults(), DEFAULT_TREND_POINTS);

  private final ScoringMethods methods;
  private final int trendPoints;

  private Scorer(ScoringMethods methods, int trendPoints) {
    this.methods = methods;
    this.trendPoints = trendPoints;
  }

  /** {@return a scorer with the built-in methods and trends over {@value #DEFAULT_TREND_POINTS} points} */
  public static Scorer defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a scorer that knows the given methods.
   *
   * @param methods the methods by name
   * @return the scorer, with trends over {@value #DEFAULT_TREND_POINTS} points
   */
  public static Scorer using(ScoringMethods methods) {
    return new Scorer(Objects.requireNonNull(methods, "methods"), DEFAULT_TREND_POINTS);
  }

  /**
   * Returns this scorer knowing one more method (or with {@code name}'s method replaced).
   *
   * @param name a kebab-case name
   * @param method the method
   * @return a new scorer
   * @throws io.github.bsckit.core.ValidationException if the name is not kebab-case
   */
  public Scorer withMethod(String name, ScoringMethod method) {
    return new Scorer(methods.with(name, method), trendPoints);
  }

  /**
   * Returns this scorer fitting trends through another number of recent points.
   *
   * @param points at least 2
   * @return a new scorer
   * @throws BscException if {@code points < 2}
   */
  public Scorer withTrendPoints(int points) {
    Checks.requireAtLeast("points", points, 2);
    return new Scorer(methods, points);
  }

  /** {@return the methods this scorer knows} */
  public ScoringMethods methods() {
    return methods;
  }

  /** {@return how many recent points trends are fitted through} */
  public int trendPoints() {
    return trendPoints;
  }

  /**
   * Scores a scorecard. Actuals of KPIs the scorecard does not have are ignored.
   *
   * @param scorecard the scorecard
   * @param actuals its actuals; may be empty, which scores NO_DATA everywhere
   * @param asOf the date to score as of; actuals after it are ignored
   * @return the report
   * @throws io.github.bsckit.core.ValidationException listing every configuration problem (unknown method,
   *     bad parameters, a method that does not suit its KPI)
   * @throws BscException if a custom method returns NaN
   */
  public ScoreReport score(Scorecard scorecard, Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    return new ScoringRun(scorecard, actuals, CalculatedKpis.derive(scorecard, actuals, asOf), asOf, methods,
        trendPoints).report();
  }

  /**
   * Scores a scorecard at the end of every period of a range: its history. The reports are those {@link #score}
   * gives as of each period's last day (and, when {@code to} falls inside its period, as of {@code to} for that
   * last period); work is shared between them: the methods are resolved once, and a KPI's evaluation at a date,
   * which trends revisit from one period to the next, is made once.
   *
   * @param scorecard the scorecard
   * @param actuals its actuals
   * @param from a date in the first period
   * @param to a date in the last period, not before {@code from}
   * @param period the periods' length; quarters and years are the scorecard's fiscal ones
   * @return the history, one report per period
   * @throws io.github.bsckit.core.ValidationException if {@code to} is before {@code from}, the range holds more
   *     than {@value #MAX_HISTORY} periods, or as {@link #score} does
   */
  public ScoreHistory history(Scorecard scorecard, Actuals actuals, LocalDate from, LocalDate to, PeriodUnit period) {
    Objects.requireNonNull(scorecard, "scorecard");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(period, "period");
    if (to.isBefore(from)) {
      throw Checks.invalid("to", "must not be before from (" + from + ") but was " + to);
    }
    List<TimePeriod> periods = new ArrayList<>();
    TimePeriod last = period.periodOf(to, scorecard.fiscalCalendar());
    for (TimePeriod p = period.periodOf(from, scorecard.fiscalCalendar()); ; p = p.next()) {
      if (periods.size() == MAX_HISTORY) {
        throw Checks.invalid("to", "makes a history of more than " + MAX_HISTORY + " periods of " + period.key()
            + " from " + from + ": " + to);
      }
      periods.add(p);
      if (!p.first().isBefore(last.first())) {
        break;
      }
    }
    boolean calculated = CalculatedKpis.any(scorecard);
    Set<KpiId> recomputed = new HashSet<>();
    scorecard.kpis().stream().filter(Kpi::isCalculated).forEach(k -> recomputed.add(k.id()));
    ScoringRun run = null;
    List<ScoreReport> reports = new ArrayList<>(periods.size());
    for (TimePeriod p : periods) {
      LocalDate asOf = p.last().isAfter(to) ? to : p.last();
      Actuals at = calculated ? CalculatedKpis.derive(scorecard, actuals, asOf) : actuals;
      if (run == null) {
        run = new ScoringRun(scorecard, actuals, at, asOf, methods, trendPoints);
        reports.add(run.report());
      } else {
        reports.add(run.reportAt(asOf, at, recomputed));
      }
    }
    return new ScoreHistory(period, periods, reports);
  }

  /** {@return for example {@code Scorer[methods=[binary, ...], trendPoints=5]}} */
  @Override
  public String toString() {
    return "Scorer[methods=" + methods.names() + ", trendPoints=" + trendPoints + "]";
  }
}
