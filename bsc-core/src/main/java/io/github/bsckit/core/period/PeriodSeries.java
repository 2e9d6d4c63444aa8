package io.github.bsckit.core.period;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.model.EmptyPeriods;
import io.github.bsckit.core.model.Kpi;
import io.github.bsckit.core.model.KpiId;
import io.github.bsckit.core.model.KpiKind;
import io.github.bsckit.core.model.LevelAggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * A KPI's actuals gathered into consecutive periods (months, fiscal quarters, fiscal years, or the KPI's own
 * frequency), one {@link Point} per period with no period left out. Immutable and thread-safe; the one period
 * view that scoring history, calculated KPIs, OKR check-ins and analytics share.
 *
 * <pre>{@code
 * Kpi revenue = scorecard.kpis().get(0);
 * PeriodSeries months = PeriodSeries.of(revenue, actuals, PeriodUnit.MONTH, scorecard.fiscalCalendar());
 * months.points();                                  // [2026-07: 120, 2026-08: 95, ...]
 * months.yearToDate(LocalDate.parse("2026-09-30")); // the fiscal year's revenue so far
 * }</pre>
 *
 * <p><b>A period's value.</b> A FLOW KPI's actuals are amounts that add up, so a period's value is their sum. A
 * LEVEL KPI's are states, so a period's value is its last (or, when the KPI says {@link LevelAggregate#MEAN},
 * their mean).
 *
 * <p><b>Empty periods</b> follow the KPI's {@link EmptyPeriods} policy, and nothing is invented unless it is
 * declared: by default an empty period is a gap (no value); a LEVEL may carry its last value forward
 * ({@code carry}, also from before the first period); a FLOW may count an empty period as zero ({@code zero}).
 * A filled point says so ({@link Point#filled()}).
 *
 * <p><b>To date.</b> {@link #yearToDate}, {@link #quarterToDate} and {@link #rolling12Months} aggregate the
 * actuals from the fiscal year's (quarter's) first day, or from twelve months before, through the date, by the
 * same rule; so the year to date of a FLOW at a month's end is the sum of its months so far.
 */
public final class PeriodSeries {
  /** The most periods one series may hold: a century of days. */
  public static final int MAX_PERIODS = 36_600;

  /**
   * The value of one period.
   *
   * @param period the period
   * @param value its value, empty for a gap
   * @param count how many actuals fall in the period
   * @param lastActual the date of the period's last actual, if any
   * @param filled true if the value was put in by the empty-period policy (carried or zero), not measured
   */
  public record Point(TimePeriod period, OptionalDouble value, int count, Optional<LocalDate> lastActual,
      boolean filled) {
    /**
     * Validates the components.
     *
     * @param period the period
     * @param value its value, empty for a gap
     * @param count how many actuals fall in the period, not negative
     * @param lastActual the date of the period's last actual, if any
     * @param filled true if the value was put in by the empty-period policy
     */
    public Point {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(lastActual, "lastActual");
    }

    /** {@return for example {@code 2026-03: 120}, {@code 2026-04: gap} or {@code 2026-05: 87 (carried)}} */
    @Override
    public String toString() {
      return period.label() + ": " + (value.isEmpty() ? "gap" : Numbers.plain(value.getAsDouble())
          + (filled ? " (filled)" : ""));
    }
  }

  private final KpiId kpi;
  private final KpiKind kind;
  private final LevelAggregate aggregate;
  private final EmptyPeriods empty;
  private final PeriodUnit unit;
  private final FiscalCalendar calendar;
  private final NavigableMap<LocalDate, Double> actuals;
  private final Readings readings;
  private final List<Point> points;

  private PeriodSeries(Kpi k, NavigableMap<LocalDate, Double> actuals, PeriodUnit unit, FiscalCalendar calendar,
      LocalDate from, LocalDate to) {
    this.kpi = k.id();
    this.kind = k.kind();
    this.aggregate = k.aggregate();
    this.empty = k.emptyPeriods();
    this.unit = unit;
    this.calendar = calendar;
    this.actuals = actuals;
    this.readings = Readings.of(k, actuals);
    List<Point> out = new ArrayList<>();
    if (from != null) {
      TimePeriod last = unit.periodOf(to, calendar);
      for (TimePeriod p = unit.periodOf(from, calendar); ; p = p.next()) {
        if (out.size() == MAX_PERIODS) {
          throw Checks.invalid("to", "makes more than " + MAX_PERIODS + " periods of " + unit.key() + " from " + from
              + ": " + to);
        }
        out.add(readings.pointIn(p));
        if (p.compareTo(last) >= 0) {
          break;
        }
      }
    }
    this.points = Collections.unmodifiableList(out);
  }

  /**
   * The KPI's period series from the period of its first actual to the period of its last.
   *
   * @param kpi the KPI: its kind, aggregate and empty-period policy say how periods are valued
   * @param actuals the actuals (only the KPI's own are read)
   * @param unit the periods' length
   * @param calendar the fiscal calendar, for quarters, halves and years
   * @return the series; without points when the KPI has no actuals
   */
  public static PeriodSeries of(Kpi kpi, Actuals actuals, PeriodUnit unit, FiscalCalendar calendar) {
    Objects.requireNonNull(kpi, "kpi");
    NavigableMap<LocalDate, Double> s = Objects.requireNonNull(actuals, "actuals").series(kpi.id());
    return new PeriodSeries(kpi, s, Objects.requireNonNull(unit, "unit"), Objects.requireNonNull(calendar, "calendar"),
        s.isEmpty() ? null : s.firstKey(), s.isEmpty() ? null : s.lastKey());
  }

  /**
   * The KPI's period series over a range of dates: from the period holding {@code from} to the one holding
   * {@code to}, every period present.
   *
   * @param kpi the KPI: its kind, aggregate and empty-period policy say how periods are valued
   * @param actuals the actuals (only the KPI's own are read)
   * @param unit the periods' length
   * @param calendar the fiscal calendar, for quarters, halves and years
   * @param from a date in the first period
   * @param to a date in the last period, not before {@code from}
   * @return the series
   * @throws io.github.bsckit.core.ValidationException if {@code to} is before {@code from} or the range holds
   *     more than {@value #MAX_PERIODS} periods
   */
  public static PeriodSeries of(Kpi kpi, Actuals actuals, PeriodUnit unit, FiscalCalendar calendar, LocalDate from,
      LocalDate to) {
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(actuals, "actuals");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Checks.invalid("to", "must not be before from (" + from + ") but was " + to);
    }
    return new PeriodSeries(kpi, actuals.series(kpi.id()), unit, calendar, from, to);
  }

  /**
   * The KPI's period series at its own frequency ({@link PeriodUnit#of(io.github.bsckit.core.model.Frequency)}).
   *
   * @param kpi the KPI
   * @param actuals the actuals
   * @param calendar the fiscal calendar
   * @return the series from the period of its first actual to the period of its last
   */
  public static PeriodSeries ofOwnFrequency(Kpi kpi, Actuals actuals, FiscalCalendar calendar) {
    return of(kpi, actuals, PeriodUnit.of(Objects.requireNonNull(kpi, "kpi").frequency()), calendar);
  }

  /** {@return the KPI's id} */
  public KpiId kpi() {
    return kpi;
  }

  /** {@return the periods' length} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return the fiscal calendar the periods follow} */
  public FiscalCalendar calendar() {
    return calendar;
  }

  /** {@return one point per period, oldest first, none left out; unmodifiable} */
  public List<Point> points() {
    return points;
  }

  /**
   * {@return the point of the period holding a date, if the series covers it}
   *
   * @param date the date
   */
  public Optional<Point> at(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (points.isEmpty() || date.isBefore(points.get(0).period().first())
        || date.isAfter(points.get(points.size() - 1).period().last())) {
      return Optional.empty();
    }
    int lo = 0;
    int hi = points.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (points.get(mid).period().first().isAfter(date)) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return Optional.of(points.get(lo));
  }

  /** {@return the periods' values by each period's last day, gaps left out; unmodifiable} */
  public NavigableMap<LocalDate, Double> values() {
    TreeMap<LocalDate, Double> out = new TreeMap<>();
    points.forEach(p -> p.value().ifPresent(v -> out.put(p.period().last(), v)));
    return Collections.unmodifiableNavigableMap(out);
  }

  /**
   * The fiscal year to date: the actuals from the first day of the fiscal year holding {@code date} through
   * {@code date}, aggregated by the KPI's rule (a FLOW's sum, a LEVEL's last or mean).
   *
   * @param date the date
   * @return the value; empty when no actual falls in that span and the empty-period policy fills nothing
   */
  public OptionalDouble yearToDate(LocalDate date) {
    return window(calendar.yearStart(Objects.requireNonNull(date, "date")), date);
  }

  /**
   * The fiscal quarter to date, by the same rule as {@link #yearToDate}.
   *
   * @param date the date
   * @return the value; empty when no actual falls in that span and the empty-period policy fills nothing
   */
  public OptionalDouble quarterToDate(LocalDate date) {
    return window(calendar.quarterStart(Objects.requireNonNull(date, "date")), date);
  }

  /**
   * The rolling twelve months through a date (from the day after the same date a year before), by the same
   * rule as {@link #yearToDate}.
   *
   * @param date the date
   * @return the value; empty when no actual falls in that span and the empty-period policy fills nothing
   */
  public OptionalDouble rolling12Months(LocalDate date) {
    return window(Objects.requireNonNull(date, "date").minusMonths(12).plusDays(1), date);
  }

  private OptionalDouble window(LocalDate first, LocalDate last) {
    return readings.valueOf(readings.ceiling(first), readings.after(last));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PeriodSeries p && kpi.equals(p.kpi) && unit == p.unit && calendar.equals(p.calendar)
        && kind == p.kind && aggregate == p.aggregate && empty == p.empty && points.equals(p.points)
        && actuals.equals(p.actuals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi, unit, points);
  }

  /** {@return for example {@code revenue by month [2026-07: 120, 2026-08: gap]}} */
  @Override
  public String toString() {
    return kpi + " by " + unit.key() + " " + points;
  }
}
