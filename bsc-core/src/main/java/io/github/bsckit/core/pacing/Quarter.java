package io.github.bsckit.core.pacing;

import io.github.bsckit.core.Problem;
import io.github.bsckit.core.ValidationException;
import io.github.bsckit.core.calendar.FiscalCalendar;
import io.github.bsckit.core.calendar.FiscalQuarter;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A quarter of a fiscal year as the days it covers: its first day, its last day and its number within its
 * fiscal year (1 to 4), which is what a seasonal {@link Pacing} weighs by. It carries no year label ({@link
 * FiscalQuarter} does; {@link FiscalCalendar} is the one calendar both use). Immutable and thread-safe.
 *
 * <pre>{@code
 * Quarter.containing(LocalDate.parse("2026-05-15"), Month.APRIL);   // 2026-04-01..2026-06-30 (Q1)
 * Quarter.horizon(Month.JANUARY, LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31")); // Q1..Q4 of 2026
 * }</pre>
 *
 * @param first the first day, the first of a month
 * @param last the last day, three months after {@code first} less a day
 * @param number the quarter's number within its fiscal year, 1 to 4
 */
public record Quarter(LocalDate first, LocalDate last, int number) {
  /** The most quarters a {@linkplain #horizon horizon} may hold: a thousand years. */
  public static final int MAX_HORIZON = 4000;

  /**
   * Validates the components.
   *
   * @param first the first day, the first of a month
   * @param last the last day, three months after {@code first} less a day
   * @param number the quarter's number within its fiscal year, 1 to 4
   * @throws ValidationException if the days do not make a quarter or the number is not 1 to 4
   */
  public Quarter {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    List<Problem> problems = new ArrayList<>();
    if (first.getDayOfMonth() != 1) {
      problems.add(Problem.at("first", "must be the first day of a month but was " + first));
    } else if (!last.equals(first.plusMonths(3).minusDays(1))) {
      problems.add(Problem.at("last", "must be " + first.plusMonths(3).minusDays(1) + ", three months after "
          + first + " less a day, but was " + last));
    }
    if (number < 1 || number > 4) {
      problems.add(Problem.at("number", "must be between 1 and 4 but was " + number));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /**
   * Returns the fiscal quarter a date falls in.
   *
   * @param date the date
   * @param fiscalYearStart the month the fiscal year starts in
   * @return the quarter holding {@code date}
   */
  public static Quarter containing(LocalDate date, Month fiscalYearStart) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(fiscalYearStart, "fiscalYearStart");
    FiscalCalendar calendar = FiscalCalendar.of(fiscalYearStart);
    LocalDate first = calendar.quarterStart(date);
    return new Quarter(first, first.plusMonths(3).minusDays(1), calendar.quarterNumberOf(date));
  }

  /**
   * The days of a fiscal quarter, as {@link Pacing} weighs them.
   *
   * @param calendar the fiscal calendar
   * @param quarter the fiscal quarter
   * @return its first and last day and its number within its fiscal year
   */
  public static Quarter of(FiscalCalendar calendar, FiscalQuarter quarter) {
    Objects.requireNonNull(calendar, "calendar");
    return new Quarter(calendar.firstDayOf(quarter), calendar.lastDayOf(quarter), quarter.quarter());
  }

  /**
   * The quarters a plan from {@code from} to {@code to} runs over: from the quarter holding {@code from} — or the
   * next one when {@code from} is the last day of its quarter, a closing value — through the quarter holding
   * {@code to}.
   *
   * @param fiscalYearStart the month the fiscal year starts in
   * @param from the start of the plan, such as a baseline date
   * @param to the end of the plan, such as a target date, after {@code from}
   * @return the quarters in order, at least one; unmodifiable
   * @throws ValidationException if {@code to} is not after {@code from}, or the horizon would hold more than
   *     {@value #MAX_HORIZON} quarters
   */
  public static List<Quarter> horizon(Month fiscalYearStart, LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!to.isAfter(from)) {
      throw new ValidationException(List.of(Problem.at("to", "must be after " + from + " but was " + to)));
    }
    Quarter q = containing(from, fiscalYearStart);
    if (from.equals(q.last())) {
      q = q.next();
    }
    List<Quarter> out = new ArrayList<>();
    for (; !q.first().isAfter(to); q = q.next()) {
      if (out.size() == MAX_HORIZON) {
        throw new ValidationException(List.of(Problem.at("to", "makes a horizon of more than " + MAX_HORIZON
            + " quarters from " + from + ": " + to)));
      }
      out.add(q);
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the quarter after this one} */
  public Quarter next() {
    LocalDate f = last.plusDays(1);
    return new Quarter(f, f.plusMonths(3).minusDays(1), number % 4 + 1);
  }

  /**
   * {@return true if the date lies in this quarter}
   *
   * @param date the date
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /** {@return for example {@code Q2 2026-04-01..2026-06-30}} */
  @Override
  public String toString() {
    return "Q" + number + " " + first + ".." + last;
  }
}
