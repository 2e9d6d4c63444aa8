package io.github.bsckit.core.period;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.model.Keyed;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The length of the periods a KPI's actuals are gathered into. Quarters, halves and years are fiscal: they
 * follow the scorecard's {@link FiscalCalendar}; weeks are ISO weeks (Monday to Sunday), so a week may cross a
 * month's end. Periods at the ends of the dates {@link LocalDate} represents are cut at {@link LocalDate#MIN} and
 * {@link LocalDate#MAX}.
 */
public enum PeriodUnit implements Keyed {
  /** One day. */
  DAY,
  /** An ISO week, Monday to Sunday. */
  WEEK,
  /** A calendar month. */
  MONTH,
  /** A fiscal quarter. */
  QUARTER,
  /** A fiscal half year. */
  HALF_YEAR,
  /** A fiscal year. */
  FISCAL_YEAR;

  /**
   * {@return the period unit a KPI measured at a frequency reports in}
   *
   * @param frequency how often the KPI is measured
   */
  public static PeriodUnit of(Frequency frequency) {
    return switch (Objects.requireNonNull(frequency, "frequency")) {
      case DAILY -> DAY;
      case WEEKLY -> WEEK;
      case MONTHLY -> MONTH;
      case QUARTERLY -> QUARTER;
      case SEMIANNUAL -> HALF_YEAR;
      case ANNUAL -> FISCAL_YEAR;
    };
  }

  /**
   * Finds the period of this unit that holds a date.
   *
   * @param date the date
   * @param calendar the fiscal calendar, for quarters, halves and years
   * @return the period
   */
  public TimePeriod periodOf(LocalDate date, FiscalCalendar calendar) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(calendar, "calendar");
    LocalDate first;
    try {
      first = switch (this) {
        case DAY -> date;
        case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        case MONTH -> date.withDayOfMonth(1);
        case QUARTER -> calendar.quarterStart(date);
        case HALF_YEAR -> calendar.quarterNumberOf(date) <= 2 ? calendar.yearStart(date)
            : calendar.yearStart(date).plusMonths(6);
        case FISCAL_YEAR -> calendar.yearStart(date);
      };
    } catch (DateTimeException e) {
      first = LocalDate.MIN; // the period starts before the first date Java represents: it is cut there
    }
    LocalDate next = after(first);
    return new TimePeriod(this, first, next == null ? LocalDate.MAX : next.minusDays(1), calendar);
  }

  /**
   * {@return the first day of the period after the one starting at {@code first}; null when that lies beyond the
   * last date Java represents}
   */
  LocalDate after(LocalDate first) {
    try {
      return switch (this) {
        case DAY -> first.plusDays(1);
        case WEEK -> first.plusWeeks(1);
        case MONTH -> first.plusMonths(1);
        case QUARTER -> first.plusMonths(3);
        case HALF_YEAR -> first.plusMonths(6);
        case FISCAL_YEAR -> first.plusYears(1);
      };
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
