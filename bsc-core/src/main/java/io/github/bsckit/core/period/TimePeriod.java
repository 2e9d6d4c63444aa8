package io.github.bsckit.core.period;

import io.github.bsckit.core.calendar.FiscalCalendar;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Objects;

/**
 * One period of a {@link PeriodUnit}: its first and last day and the label people write for it
 * ({@code 2026-03}, {@code 2026-W09}, {@code FY2027 Q1}, {@code FY2027 H2}, {@code FY2027}). Ordered by first
 * day. Immutable and thread-safe; made by {@link PeriodUnit#periodOf}.
 */
public final class TimePeriod implements Comparable<TimePeriod> {
  private final PeriodUnit unit;
  private final LocalDate first;
  private final LocalDate last;
  private final FiscalCalendar calendar;

  TimePeriod(PeriodUnit unit, LocalDate first, LocalDate last, FiscalCalendar calendar) {
    this.unit = unit;
    this.first = first;
    this.last = last;
    this.calendar = calendar;
  }

  /** {@return the unit} */
  public PeriodUnit unit() {
    return unit;
  }

  /** {@return the first day} */
  public LocalDate first() {
    return first;
  }

  /** {@return the last day, the period's end: a score at period end is as of this day} */
  public LocalDate last() {
    return last;
  }

  /**
   * {@return the period after this one}
   *
   * @throws io.github.bsckit.core.ValidationException if this period ends on {@link LocalDate#MAX}
   */
  public TimePeriod next() {
    if (last.equals(LocalDate.MAX)) {
      throw io.github.bsckit.core.internal.Checks.invalid("period", "is the last one before LocalDate.MAX: " + this);
    }
    LocalDate f = last.plusDays(1);
    LocalDate after = unit.after(f);
    return new TimePeriod(unit, f, after == null ? LocalDate.MAX : after.minusDays(1), calendar);
  }

  /**
   * {@return true if the date lies in this period, both ends included}
   *
   * @param date the date
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** {@return the label people write, such as {@code 2026-03}, {@code 2026-W09} or {@code FY2027 Q1}} */
  public String label() {
    if (first.getYear() < 1 || last.getYear() > 9998) {
      return first + ".." + last; // beyond the fiscal labels' range
    }
    return switch (unit) {
      case DAY -> first.toString();
      case WEEK -> String.format(java.util.Locale.ROOT, "%d-W%02d", first.get(IsoFields.WEEK_BASED_YEAR),
          first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> first.toString().substring(0, 7);
      case QUARTER -> calendar.quarterOf(first).toString();
      case HALF_YEAR -> "FY" + calendar.fiscalYearOf(first) + " H" + (calendar.quarterNumberOf(first) <= 2 ? 1 : 2);
      case FISCAL_YEAR -> "FY" + calendar.fiscalYearOf(first);
    };
  }

  @Override
  public int compareTo(TimePeriod other) {
    return first.compareTo(other.first);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimePeriod p && unit == p.unit && first.equals(p.first) && calendar.equals(p.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, first, calendar);
  }

  /** {@return the label and the days, for example {@code FY2027 Q1 (2026-07-01..2026-09-30)}} */
  @Override
  public String toString() {
    return label() + " (" + first + ".." + last + ")";
  }
}
