package io.github.bsckit.core.rules;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.DatedValue;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.Scorecard;
import io.github.bsckit.core.period.PeriodUnit;
import io.github.bsckit.core.period.TimePeriod;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Rules about a scorecard's data rather than its strategy: whether each KPI's actuals are fresh and complete
 * as of a date, judged by the KPI's own frequency on the scorecard's fiscal calendar. Their ids are stable and
 * part of the public contract. Calculated KPIs are left out: their inputs are checked.
 *
 * <table>
 *   <caption>Data-quality rules</caption>
 *   <tr><th>id</th><th>default</th><th>fires when</th></tr>
 *   <tr><td>{@code stale-actual}</td><td>WARNING</td><td>a KPI has no actual for its last complete period as of
 *       the date (a monthly KPI as of 2026-06-15 needs one in May), saying how many periods it is overdue;
 *       a KPI whose baseline date lies after that period is not yet due</td></tr>
 *   <tr><td>{@code missing-periods}</td><td>WARNING</td><td>a KPI's series has periods without an actual between
 *       its first and its latest actual</td></tr>
 *   <tr><td>{@code future-actual}</td><td>WARNING</td><td>an actual is dated after the date (a typo in a year, or
 *       a forecast entered as an actual)</td></tr>
 *   <tr><td>{@code actual-before-baseline}</td><td>INFO</td><td>an actual on or before the date is dated
 *       before its KPI's baseline date (history, which a FLOW's running total leaves out)</td></tr>
 * </table>
 *
 * <pre>{@code
 * ValidationReport quality = DataQualityRules.of(actuals, LocalDate.parse("2026-06-15")).validate(scorecard);
 * }</pre>
 */
public final class DataQualityRules {
  /** Id of the rule that flags KPIs whose last complete period has no actual. */
  public static final String STALE_ACTUAL = "stale-actual";
  /** Id of the rule that flags gaps inside a KPI's series. */
  public static final String MISSING_PERIODS = "missing-periods";
  /** Id of the rule that flags actuals dated after the as-of date. */
  public static final String FUTURE_ACTUAL = "future-actual";
  /** Id of the rule that flags actuals dated before their KPI's baseline. */
  public static final String ACTUAL_BEFORE_BASELINE = "actual-before-baseline";

  /** How many missing periods a message lists by name before it counts the rest. */
  private static final int LISTED = 5;
  /** How many periods a rule walks for one KPI before it says "more than": data quality is never unbounded work. */
  private static final int MOST = 10_000;

  private DataQualityRules() {}

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
    // The last complete period depends only on the unit: found once per unit, not once per KPI.
    Map<PeriodUnit, Optional<TimePeriod>> dueBy = new EnumMap<>(PeriodUnit.class);
    for (Kpi k : s.kpis()) {
      if (k.isCalculated()) {
        continue;
      }
      PeriodUnit unit = PeriodUnit.of(k.frequency());
      TimePeriod due = dueBy.computeIfAbsent(unit, u -> Optional.ofNullable(lastComplete(u, asOf, calendar)))
          .orElse(null);
      if (due == null) {
        continue; // no period has ended by a date at the very start of time
      }
      if (k.baseline().isPresent() && k.baseline().get().date().isAfter(due.last())) {
        continue; // measurement has not started
      }
      Optional<DatedValue> latest = actuals.latest(k.id(), due.last());
      if (latest.isPresent() && !latest.get().date().isBefore(due.first())) {
        continue;
      }
      if (latest.isEmpty() && k.baseline().isEmpty() && actuals.latest(k.id(), asOf).isEmpty()) {
        c.report(k.id() + " has no actual at all; its last complete " + noun(unit) + " as of " + asOf + " is "
            + due.label(), k.id());
        continue;
      }
      TimePeriod from = latest.isEmpty() ? unit.periodOf(k.baseline().map(b -> b.date()).orElse(due.first()),
          calendar) : unit.periodOf(latest.get().date(), calendar).next();
      int overdue = count(from, due);
      c.report(k.id() + " has no actual for " + due.label() + ", its last complete " + noun(unit) + " as of " + asOf
          + (latest.isEmpty() ? "; none since its baseline" : "; its latest is dated " + latest.get().date()) + ", "
          + many(overdue) + " " + noun(unit) + (overdue == 1 ? "" : "s") + " overdue", k.id());
    }
  }

  /**
   * Reports the periods without an actual between a KPI's first and latest actual. A series whose values lie
   * closer together than the unit's shortest period can have no empty period, and is passed in one scan of its
   * days. Otherwise it visits only the periods that hold an actual, jumping from each to the next actual after
   * it by binary search (not date by date), and counts the empty periods between two of them by calendar
   * arithmetic (not period by period): O(n + p log n) for p periods with data, where walking was O(n + gaps).
   */
  private static void missing(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    FiscalCalendar calendar = s.fiscalCalendar();
    for (Kpi k : s.kpis()) {
      int n = k.isCalculated() ? 0 : actuals.count(k.id(), LocalDate.MIN, asOf);
      if (n < 2) {
        continue;
      }
      PeriodUnit unit = PeriodUnit.of(k.frequency());
      LocalDate firstDate = actuals.earliest(k.id(), LocalDate.MIN).orElseThrow().date();
      LocalDate lastDate = actuals.latest(k.id(), asOf).orElseThrow().date();
      if (unit == PeriodUnit.DAY && lastDate.toEpochDay() - firstDate.toEpochDay() + 1 == n) {
        continue; // a daily series with a value on every day from its first to its latest: no gap, in O(1)
      }
      if (firstDate.getYear() > Year.MIN_VALUE + 1 && lastDate.getYear() < Year.MAX_VALUE - 1
          && actuals.maxDaysBetweenValues(k.id(), asOf) <= shortest(unit)) {
        // An empty period between two values a and b needs b - a >= its length + 1 days: none fits here. O(1)
        // as of a date on or after the latest value (O(n) before it), where the search below makes a period and
        // a binary search per period. Not within a year of the ends of time, where periods are cut and may not
        // even hold the date they were found for.
        continue;
      }
      List<String> gaps = new ArrayList<>();
      int count = 0;
      TimePeriod previous = null;
      LocalDate d = firstDate;
      while (true) {
        TimePeriod holding = unit.periodOf(d, calendar);
        if (previous != null) {
          count = gaps(previous, holding, count, gaps);
        }
        previous = holding;
        // The next actual outside this period. A period cut at the start of time can end before the date it was
        // found for (a fiscal half that began before LocalDate.MIN): then the next actual after that date.
        LocalDate end = holding.last().isAfter(d) ? holding.last() : d;
        if (!end.isBefore(lastDate)) {
          break;
        }
        d = actuals.earliest(k.id(), end.plusDays(1)).orElseThrow().date();
      }
      if (count > 0) {
        c.report(k.id() + " has no actual for " + many(count) + " " + noun(unit) + (count == 1 ? "" : "s") + " between "
            + firstDate + " and " + lastDate + ": " + String.join(", ", gaps)
            + (count > LISTED ? " and " + (count > MOST ? "more" : (count - LISTED) + " more") : ""), k.id());
      }
    }
  }

  /**
   * {@return the fewest days a whole period of the unit can have: 28 for February, 89 for February to April,
   * 181 for February to July; periods cut at the ends of time are shorter, which is why the rule does not rely
   * on this within a year of them}
   */
  static int shortest(PeriodUnit unit) {
    return switch (unit) {
      case DAY -> 1;
      case WEEK -> 7;
      case MONTH -> 28;
      case QUARTER -> 89;
      case HALF_YEAR -> 181;
      case FISCAL_YEAR -> 365;
    };
  }

  /**
   * Adds the periods strictly between two periods of one unit to a running count of gaps, at most one more than
   * {@value #MOST}, and the labels of the first {@value #LISTED} gaps overall to {@code labels}.
   *
   * @return the new count
   */
  private static int gaps(TimePeriod previous, TimePeriod holding, int count, List<String> labels) {
    long between = between(previous, holding);
    if (between < 0) {
      // Periods cut at the ends of time do not tile evenly: walk them, at most a bounded few.
      for (TimePeriod p = previous.next(); p.compareTo(holding) < 0 && count <= MOST; p = p.next()) {
        if (++count <= LISTED) {
          labels.add(p.label());
        }
      }
      return count;
    }
    TimePeriod p = previous;
    for (long listed = 0; listed < between && count + listed < LISTED; listed++) {
      p = p.next();
      labels.add(p.label());
    }
    return count > MOST ? count : (int) Math.min(MOST + 1L, count + between);
  }

  /**
   * The number of periods strictly between two periods of one unit, the second after the first, by calendar
   * arithmetic; -1 when either is cut at an end of time or they do not lie a whole number of periods apart (so
   * that only walking from one to the other says what {@link TimePeriod#next} would step through).
   */
  static long between(TimePeriod from, TimePeriod to) {
    LocalDate a = from.first();
    LocalDate b = to.first();
    if (a.equals(LocalDate.MIN) || b.equals(LocalDate.MIN) || from.last().equals(LocalDate.MAX)
        || to.last().equals(LocalDate.MAX)) {
      return -1;
    }
    long steps;
    switch (from.unit()) {
      case DAY -> steps = b.toEpochDay() - a.toEpochDay();
      case WEEK -> {
        long days = b.toEpochDay() - a.toEpochDay();
        if (days % 7 != 0) {
          return -1;
        }
        steps = days / 7;
      }
      default -> {
        int months = switch (from.unit()) {
          case MONTH -> 1;
          case QUARTER -> 3;
          case HALF_YEAR -> 6;
          default -> 12;
        };
        long apart = (b.getYear() * 12L + b.getMonthValue()) - (a.getYear() * 12L + a.getMonthValue());
        if (a.getDayOfMonth() != 1 || b.getDayOfMonth() != 1 || apart % months != 0) {
          return -1;
        }
        steps = apart / months;
      }
    }
    return steps - 1;
  }

  private static void future(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    if (asOf.equals(LocalDate.MAX)) {
      return; // nothing can be dated after the last date
    }
    LocalDate after = asOf.plusDays(1);
    for (Kpi k : s.kpis()) {
      int later = actuals.count(k.id(), after, LocalDate.MAX);
      if (later > 0) {
        c.report(k.id() + " has " + (later == 1 ? "an actual" : later + " actuals") + " dated after "
            + asOf + ", the first on " + actuals.earliest(k.id(), after).orElseThrow().date(), k.id());
      }
    }
  }

  private static void beforeBaseline(Scorecard s, RuleContext c, Actuals actuals, LocalDate asOf) {
    for (Kpi k : s.kpis()) {
      if (k.baseline().isEmpty() || k.baseline().get().date().equals(LocalDate.MIN)) {
        continue;
      }
      LocalDate baseline = k.baseline().get().date();
      LocalDate before = baseline.minusDays(1);
      int earlier = actuals.count(k.id(), LocalDate.MIN, before.isBefore(asOf) ? before : asOf);
      if (earlier > 0) {
        c.report(k.id() + " has " + (earlier == 1 ? "an actual" : earlier + " actuals")
            + " dated before its baseline date " + baseline + ", the first on "
            + actuals.earliest(k.id(), LocalDate.MIN).orElseThrow().date(), k.id());
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
