package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Frequency;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;

/**
 * The periods of one frequency as consecutive integers: a date's period index, and a period's last day. Months,
 * quarters, halves and years follow the fiscal year's start month; weeks start on Monday.
 *
 * <p>Kept small and private to this package on purpose: when bsc-core gains a shared period series, this folds
 * into it.
 */
final class Periods {
  private final Frequency frequency;
  private final int months;
  private final int shift;

  Periods(Frequency frequency, Month fiscalYearStart) {
    this.frequency = frequency;
    this.months = switch (frequency) {
      case MONTHLY -> 1;
      case QUARTERLY -> 3;
      case SEMIANNUAL -> 6;
      case ANNUAL -> 12;
      default -> 0;
    };
    this.shift = months > 1 ? fiscalYearStart.getValue() - 1 : 0;
  }

  Frequency frequency() {
    return frequency;
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

  /** {@return a period's end as people write it: {@code 2028-03} for month-based periods, else the date} */
  String label(long index) {
    LocalDate end = end(index);
    return months > 0 ? YearMonth.from(end).toString() : end.toString();
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
