package io.github.bsckit.core.calendar;

import io.github.bsckit.core.internal.Checks;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * A fiscal year that starts on the first day of any month, split into four quarters of three months, and
 * labelled by the calendar year in which it starts or ends. Immutable and thread-safe.
 *
 * <pre>{@code
 * FiscalCalendar federal = FiscalCalendar.of(Month.OCTOBER, FiscalYearLabel.END_YEAR);
 * federal.quarterOf(LocalDate.parse("2026-10-01"));        // FY2027 Q1
 * federal.lastDayOf(FiscalQuarter.parse("FY2027 Q2"));     // 2027-03-31
 * }</pre>
 *
 * <p>Fiscal year labels run from FY1 to FY9999 ({@link FiscalQuarter}); dates whose fiscal year falls outside
 * are rejected.
 *
 * @param startMonth the month in which every fiscal year starts
 * @param label which calendar year names a fiscal year
 */
public record FiscalCalendar(Month startMonth, FiscalYearLabel label) {
  private static final FiscalCalendar CALENDAR_YEAR = new FiscalCalendar(Month.JANUARY, FiscalYearLabel.END_YEAR);

  /**
   * Validates the components.
   *
   * @param startMonth the month in which every fiscal year starts
   * @param label which calendar year names a fiscal year
   */
  public FiscalCalendar {
    Objects.requireNonNull(startMonth, "startMonth");
    Objects.requireNonNull(label, "label");
  }

  /**
   * Returns a fiscal calendar.
   *
   * @param startMonth the month in which every fiscal year starts
   * @param label which calendar year names a fiscal year
   * @return the calendar
   */
  public static FiscalCalendar of(Month startMonth, FiscalYearLabel label) {
    return new FiscalCalendar(startMonth, label);
  }

  /**
   * Returns a fiscal calendar labelled by the year in which each fiscal year ends, the common convention in
   * the US (the federal FY2027 starts on 2026-10-01).
   *
   * @param startMonth the month in which every fiscal year starts
   * @return the calendar
   */
  public static FiscalCalendar of(Month startMonth) {
    return new FiscalCalendar(startMonth, FiscalYearLabel.END_YEAR);
  }

  /** {@return the calendar whose fiscal years are calendar years} */
  public static FiscalCalendar calendarYear() {
    return CALENDAR_YEAR;
  }

  /**
   * Finds the fiscal year a date falls in.
   *
   * @param date the date
   * @return the fiscal year's label
   * @throws io.github.bsckit.core.ValidationException if the label lies outside FY1 to FY9999
   */
  public int fiscalYearOf(LocalDate date) {
    return quarterOf(date).fiscalYear();
  }

  /**
   * Finds the fiscal quarter a date falls in.
   *
   * @param date the date
   * @return the fiscal quarter
   * @throws io.github.bsckit.core.ValidationException if its fiscal year lies outside FY1 to FY9999
   */
  public FiscalQuarter quarterOf(LocalDate date) {
    long labelYear = (long) yearStart(date).getYear() + labelOffset();
    if (labelYear < FiscalQuarter.MIN_YEAR || labelYear > FiscalQuarter.MAX_YEAR) {
      throw Checks.invalid("date", "falls in fiscal year " + labelYear + ", outside FY" + FiscalQuarter.MIN_YEAR
          + " to FY" + FiscalQuarter.MAX_YEAR + ": " + date);
    }
    return FiscalQuarter.of((int) labelYear, quarterNumberOf(date));
  }

  /**
   * {@return the first day of the fiscal year a date falls in}; unlike {@link #quarterOf} it needs no label, so
   * it holds for any date
   *
   * @param date the date
   */
  public LocalDate yearStart(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.withDayOfMonth(1).minusMonths(monthsIntoYear(date));
  }

  /**
   * {@return the first day of the fiscal quarter a date falls in}; it needs no label, so it holds for any date
   *
   * @param date the date
   */
  public LocalDate quarterStart(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.withDayOfMonth(1).minusMonths(monthsIntoYear(date) % 3);
  }

  /**
   * {@return the number, 1 to 4, of the fiscal quarter a date falls in}
   *
   * @param date the date
   */
  public int quarterNumberOf(LocalDate date) {
    return monthsIntoYear(Objects.requireNonNull(date, "date")) / 3 + 1;
  }

  /** {@return how many whole months of its fiscal year lie before the month of {@code date}, 0 to 11} */
  private int monthsIntoYear(LocalDate date) {
    return Math.floorMod(date.getMonthValue() - startMonth.getValue(), 12);
  }

  /**
   * {@return the first day of a fiscal quarter}
   *
   * @param quarter the fiscal quarter
   */
  public LocalDate firstDayOf(FiscalQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return firstDayOfYear(quarter.fiscalYear()).plusMonths(3L * (quarter.quarter() - 1));
  }

  /**
   * {@return the last day of a fiscal quarter}
   *
   * @param quarter the fiscal quarter
   */
  public LocalDate lastDayOf(FiscalQuarter quarter) {
    return firstDayOf(quarter).plusMonths(3).minusDays(1);
  }

  /**
   * Returns the first day of a fiscal year.
   *
   * @param fiscalYear the fiscal year's label, 1 to 9999
   * @return the day
   * @throws io.github.bsckit.core.ValidationException if the label is out of range
   */
  public LocalDate firstDayOfYear(int fiscalYear) {
    if (fiscalYear < FiscalQuarter.MIN_YEAR || fiscalYear > FiscalQuarter.MAX_YEAR) {
      throw Checks.invalid("fiscalYear", "must be between " + FiscalQuarter.MIN_YEAR + " and "
          + FiscalQuarter.MAX_YEAR + " but was " + fiscalYear);
    }
    return LocalDate.of(fiscalYear - labelOffset(), startMonth, 1);
  }

  /**
   * Returns the last day of a fiscal year.
   *
   * @param fiscalYear the fiscal year's label, 1 to 9999
   * @return the day
   * @throws io.github.bsckit.core.ValidationException if the label is out of range
   */
  public LocalDate lastDayOfYear(int fiscalYear) {
    return firstDayOfYear(fiscalYear).plusYears(1).minusDays(1);
  }

  /**
   * Tells whether a date falls in a fiscal quarter.
   *
   * @param quarter the fiscal quarter
   * @param date the date
   * @return true if the date lies between the quarter's first and last day, both included
   */
  public boolean contains(FiscalQuarter quarter, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(firstDayOf(quarter)) && !date.isAfter(lastDayOf(quarter));
  }

  /**
   * Lists the fiscal quarters that two dates and the days between them touch.
   *
   * @param from the first date
   * @param to the last date, not before {@code from}
   * @return the quarters from the one holding {@code from} to the one holding {@code to}, in order;
   *     never empty; unmodifiable
   * @throws io.github.bsckit.core.ValidationException if {@code to} is before {@code from}
   */
  public List<FiscalQuarter> quartersBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw Checks.invalid("to", "must not be before from (" + from + ") but was " + to);
    }
    return quarterOf(from).through(quarterOf(to));
  }

  /** A January year starts and ends in the same calendar year; any other ends one year after it starts. */
  private int labelOffset() {
    return label == FiscalYearLabel.END_YEAR && startMonth != Month.JANUARY ? 1 : 0;
  }

  /** {@return for example {@code fiscal year from OCTOBER, labelled by END_YEAR}} */
  @Override
  public String toString() {
    return "fiscal year from " + startMonth + ", labelled by " + label;
  }
}
