package io.github.bsckit.okr.grading;

import io.github.bsckit.core.internal.Numbers;
import io.github.bsckit.core.model.Actuals;
import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.okr.plan.KeyResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A key-result check-in: a value measured on a date during the key result's quarter. A check-in is an actual
 * of the key result's KPI, so recording it moves the scorecard's score along with the OKRs. For a LEVEL KPI
 * the value is the level measured on the date; for a FLOW KPI (DELIVER, LIMIT) it is the amount of the period
 * ending on the date, as every FLOW actual is. Immutable and thread-safe.
 *
 * <pre>{@code
 * Actuals updated = CheckIn.of(q2Retention, LocalDate.parse("2026-05-15"), 87).recordIn(actuals);
 * OkrGrader.grade(q2Retention, updated, LocalDate.parse("2026-05-15"));   // 0.6 (yellow)
 * }</pre>
 *
 * @param keyResult the key result checked in on
 * @param date the date of the measurement, within the key result's quarter up to its due date
 * @param value the measured value, finite
 */
public record CheckIn(KeyResult keyResult, LocalDate date, double value) {

  /**
   * Validates the components.
   *
   * @param keyResult the key result checked in on
   * @param date the date of the measurement, within the key result's quarter up to its due date
   * @param value the measured value, finite
   * @throws io.github.bsckit.core.ValidationException if the date lies outside the key result's quarter (up to
   *     its due date) or the value is not finite
   */
  public CheckIn {
    Objects.requireNonNull(keyResult, "keyResult");
    Objects.requireNonNull(date, "date");
    Checks c = new Checks();
    c.check(!date.isBefore(keyResult.from()) && !date.isAfter(keyResult.due()), "date",
        "must lie between " + keyResult.from() + " and " + keyResult.due() + " (" + keyResult.quarter()
            + ") but was " + date);
    c.check(Double.isFinite(value), "value", "must be a finite number but was " + value);
    c.throwIfAny();
  }

  /**
   * Returns a check-in.
   *
   * @param keyResult the key result
   * @param date the date of the measurement
   * @param value the measured value
   * @return the check-in
   */
  public static CheckIn of(KeyResult keyResult, LocalDate date, double value) {
    return new CheckIn(keyResult, date, value);
  }

  /**
   * Records this check-in as an actual of the key result's KPI.
   *
   * @param actuals the actuals so far
   * @return new actuals with this value at this date, replacing any value the KPI had on that date
   */
  public Actuals recordIn(Actuals actuals) {
    Objects.requireNonNull(actuals, "actuals");
    return actuals.with(keyResult.kpi(), date, value);
  }

  /**
   * Records check-ins as actuals, in order (a later check-in for the same KPI and date wins).
   *
   * @param actuals the actuals so far
   * @param checkIns the check-ins
   * @return new actuals
   */
  public static Actuals recordAll(Actuals actuals, List<CheckIn> checkIns) {
    Objects.requireNonNull(actuals, "actuals");
    Actuals out = actuals;
    for (int i = 0; i < checkIns.size(); i++) {
      out = Objects.requireNonNull(checkIns.get(i), "checkIns[" + i + "]").recordIn(out);
    }
    return out;
  }

  /** {@return for example {@code retention 87% @ 2026-05-15 (FY2026 Q2)}} */
  @Override
  public String toString() {
    return keyResult.kpi() + " " + Numbers.withUnit(value, keyResult.unit()) + " @ " + date + " ("
        + keyResult.quarter() + ")";
  }
}
