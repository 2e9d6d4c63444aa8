package io.github.bsckit.core.rules;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * The data-quality rules as they were before they searched the actuals' sorted columns and counted gaps by
 * calendar arithmetic: walking every date and every empty period. Kept as the reference the fast rules must
 * agree with ({@link DataQualityRulesAgreeTest}).
 */
final class WalkingDataQualityRules {
  /** Id of the rule that flags KPIs whose last complete period has no actual. */
  static final String STALE_ACTUAL = "stale-actual";
  /** Id of the rule that flags gaps inside a KPI's series. */
  static final String MISSING_PERIODS = "missing-periods";
  /** Id of the rule that flags actuals dated after the as-of date. */
  static final String FUTURE_ACTUAL = "future-actual";
  /** Id of the rule that flags actuals dated before their KPI's baseline. */
  static final String ACTUAL_BEFORE_BASELINE = "actual-before-baseline";

  /** How many missing periods a message lists by name before it counts the rest. */
  private static final int LISTED = 5;
  /** How many periods a rule walks for one KPI before it says "more than": data quality is never unbounded work. */
  private static final int MOST = 10_000;

  private WalkingDataQualityRules() {}

  /**
   * The data-quality rules for some actuals as of a date.
   *
   * @param actuals the actuals to judge
   * @param asOf the date they are judged as of (usually today, or the date scored)
   * @return a rule set of the four rules; combine it with others by {@link RuleSet#and}
   */
  public static RuleSet of(Actuals actuals, LocalDate asOf) {
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(asOf, "asOf");
    return RuleSet.of(
        Rule.of(STALE_ACTUAL, Severity.WARNING, "Each KPI has an actual for its last complete period.",
            (s, c) -> stale(s, c, actuals, asOf)),
        Rule.of(MISSING_PERIODS, Severity.WARNING, "A KPI's series has no empty period between its first and"
            + " latest actual.", (s, c) -> missing(s, c, actuals, asOf)),
        Rule.of(FUTURE_ACTUAL, Severity.WARNING, "No actual is dated after the as-of date.",
            (s, c) -> future(s, c, actuals, asOf)),
        Rule.of(ACTUAL_BEFORE_BASELINE, Severity.INFO, "No actual is dated before its KPI's baseline.",
            (s, c) -> beforeBaseline(s, c, actuals, asOf)));
  }

  /** The last period of the KPI's unit that has ended on or before {@code asOf}; null when none has. */
  private static TimePeriod lastComplete(PeriodUnit unit, LocalDate asOf, FiscalCalendar calendar) {
    TimePeriod holding = unit.periodOf(asOf, calendar);
    if (holding.last().equals(asOf)) {
      return holding;
    }
    return holding.first().equals(LocalDate.MIN) ? null : unit.periodOf(holding.first().minusDays(1), calendar);
  }

  /**
   * Counts the periods from {@code from} through {@code through}, both included, at most {@value #MOST}
   * (periods are walked one by one; a larger count says "more than").
   */
  private static int count(TimePeriod from, TimePeriod through) {
    int n = 0;
    for (TimePeriod p = from; p.compareTo(through) <= 0 && n <= MOST; p = p.next()) {
      n++;
      if (p.last().equals(LocalDate.MAX)) {
        break;
      }
    }
    return n;
  }

  private static String many(int n) {
    return n > MOST ? "more than " + MOST : String.valueOf(n);
  }

  private static void stale(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    FiscalCalendar calendar = s.fiscalCalendar();
    for (Kpi k : s.kpis()) {
      if (k.isCalculated()) {
        continue;
      }
      PeriodUnit unit = PeriodUnit.of(k.frequency());
      TimePeriod due = lastComplete(unit, asOf, calendar);
      if (due == null) {
        continue; // no period has ended by a date at the very start of time
      }
      if (k.baseline().isPresent() && k.baseline().get().date().isAfter(due.last())) {
        continue; // measurement has not started
      }
      NavigableMap<LocalDate, Double> series = actuals.series(k.id()).headMap(due.last(), true);
      if (!series.isEmpty() && !series.lastKey().isBefore(due.first())) {
        continue;
      }
      if (series.isEmpty() && k.baseline().isEmpty() && actuals.series(k.id()).headMap(asOf, true).isEmpty()) {
        c.report(k.id() + " has no actual at all; its last complete " + noun(unit) + " as of " + asOf + " is "
            + due.label(), k.id());
        continue;
      }
      TimePeriod from = series.isEmpty() ? unit.periodOf(k.baseline().map(b -> b.date()).orElse(due.first()),
          calendar) : unit.periodOf(series.lastKey(), calendar).next();
      int overdue = count(from, due);
      c.report(k.id() + " has no actual for " + due.label() + ", its last complete " + noun(unit) + " as of " + asOf
          + (series.isEmpty() ? "; none since its baseline" : "; its latest is dated " + series.lastKey()) + ", "
          + many(overdue) + " " + noun(unit) + (overdue == 1 ? "" : "s") + " overdue", k.id());
    }
  }

  private static void missing(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    FiscalCalendar calendar = s.fiscalCalendar();
    for (Kpi k : s.kpis()) {
      NavigableMap<LocalDate, Double> series = actuals.series(k.id()).headMap(asOf, true);
      if (k.isCalculated() || series.size() < 2) {
        continue;
      }
      PeriodUnit unit = PeriodUnit.of(k.frequency());
      List<String> gaps = new ArrayList<>();
      int count = 0;
      TimePeriod previous = null;
      for (LocalDate d : series.keySet()) {
        if (previous != null && previous.contains(d)) {
          continue;
        }
        TimePeriod holding = unit.periodOf(d, calendar);
        // The periods strictly between the previous actual's and this one's are gaps: walk at most a bounded few.
        for (TimePeriod p = previous == null ? holding : previous.next(); p.compareTo(holding) < 0 && count <= MOST;
            p = p.next()) {
          if (++count <= LISTED) {
            gaps.add(p.label());
          }
        }
        previous = holding;
      }
      if (count > 0) {
        c.report(k.id() + " has no actual for " + many(count) + " " + noun(unit) + (count == 1 ? "" : "s") + " between "
            + series.firstKey() + " and " + series.lastKey() + ": " + String.join(", ", gaps)
            + (count > LISTED ? " and " + (count > MOST ? "more" : (count - LISTED) + " more") : ""), k.id());
      }
    }
  }

  private static void future(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    for (Kpi k : s.kpis()) {
      NavigableMap<LocalDate, Double> later = actuals.series(k.id()).tailMap(asOf, false);
      if (!later.isEmpty()) {
        c.report(k.id() + " has " + (later.size() == 1 ? "an actual" : later.size() + " actuals") + " dated after "
            + asOf + ", the first on " + later.firstKey(), k.id());
      }
    }
  }

  private static void beforeBaseline(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    for (Kpi k : s.kpis()) {
      if (k.baseline().isEmpty()) {
        continue;
      }
      LocalDate baseline = k.baseline().get().date();
      NavigableMap<LocalDate, Double> earlier = actuals.series(k.id()).headMap(baseline, false).headMap(asOf, true);
      if (!earlier.isEmpty()) {
        c.report(k.id() + " has " + (earlier.size() == 1 ? "an actual" : earlier.size() + " actuals")
            + " dated before its baseline date " + baseline + ", the first on " + earlier.firstKey(), k.id());
      }
    }
  }

  private static String noun(PeriodUnit unit) {
    return switch (unit) {
      case DAY -> "day";
      case WEEK -> "week";
      case MONTH -> "month";
      case QUARTER -> "quarter";
      case HALF_YEAR -> "half year";
      case FISCAL_YEAR -> "fiscal year";
    };
  }
}
