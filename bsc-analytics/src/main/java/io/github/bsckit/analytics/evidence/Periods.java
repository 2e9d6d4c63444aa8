package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.model.Frequency;
import io.github.bsckit.core.period.PeriodUnit;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The periods of one frequency numbered as consecutive integers, so that two KPIs' period series can be aligned
 * and lagged by index arithmetic: a date's period index, and a period's last day. The periods are bsc-core's
 * ({@link PeriodUnit} on the scorecard's {@link FiscalCalendar}: months, fiscal quarters, halves and years, ISO
 * weeks); the values in them come from {@link io.github.bsckit.core.period.PeriodSeries} ({@link KpiSeries}).
 */
final class Periods {
  private final Frequency frequency;
  private final PeriodUnit unit;
  private final FiscalCalendar calendar;
  private final int months;
  private final int shift;

  Periods(Frequency frequency, FiscalCalendar calendar) {
    this.frequency = frequency;
    this.unit = PeriodUnit.of(frequency);
    this.calendar = calendar;
    this.months = switch (frequency) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case SEMIANNUAL -> 6;
      case ANNUAL -> 12;
      default -> 0;
    };
    this.shift = months > 1 ? calendar.startMonth().getValue() - 1 : 0;
  }

  Frequency frequency() {
    return frequency;
  }

  PeriodUnit unit() {
    return unit;
  }

  FiscalCalendar calendar() {
    return calendar;
  }

  /** {@return the index of the period holding the date} */
  long index(LocalDate date) {
    return switch (frequency) {
      case DAILY -> date.toEpochDay();
      case WEEKLY -> Math.floorDiv(date.toEpochDay() + 3, 7); // 1970-01-01 was a Thursday: weeks from Monday
      default -> Math.floorDiv(date.getYear() * 12L + date.getMonthValue() - 1 - shift, months);
    };
  }

  /** {@return the last day of a period} */
  LocalDate end(long index) {
    return switch (frequency) {
      case DAILY -> LocalDate.ofEpochDay(index);
      case WEEKLY -> LocalDate.ofEpochDay(index * 7 - 3 + 6);
      default -> {
        long first = index * months + shift;
        yield YearMonth.of((int) Math.floorDiv(first, 12), Math.floorMod(first, 12) + 1)
            .plusMonths(months - 1).atEndOfMonth();
      }
    };
  }

  /** {@return how many periods make a year, the season of seasonal differences} */
  int perYear() {
    return switch (frequency) {
      case DAILY -> 365;
      case WEEKLY -> 52;
      default -> 12 / months;
    };
  }

  /**
   * {@return a lag as a whole number of these periods, rounded to the nearest}
   *
   * @param totalMonths the lag's months (years included)
   * @param days the lag's days
   */
  int periodsOf(long totalMonths, int days) {
    double inDays = totalMonths * (365.2425 / 12) + days;
    double perPeriod = switch (frequency) {
      case DAILY -> 1;
      case WEEKLY -> 7;
      default -> months * (365.2425 / 12);
    };
    return (int) Math.min(Integer.MAX_VALUE / 2, Math.round(inDays / perPeriod));
  }
}
