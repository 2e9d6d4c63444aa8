package io.github.bsckit.core.model;

import io.github.bsckit.core.internal.Checks;
import io.github.bsckit.core.internal.Numbers;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number at a date: a baseline, a target, a milestone or an actual. Immutable and thread-safe.
 *
 * @param value the value, finite
 * @param date the date
 */
public record DatedValue(double value, LocalDate date) implements Comparable<DatedValue> {

  /**
   * Validates the components.
   *
   * @param value the value, finite
   * @param date the date
   * @throws io.github.bsckit.core.ValidationException if the value is not finite
   */
  public DatedValue {
    Objects.requireNonNull(date, "date");
    if (!Double.isFinite(value)) { // the collector only when there is a problem: scoring makes millions of these
      Checks c = new Checks();
      c.finite("value", value);
      c.throwIfAny();
    }
  }

  /**
   * Returns a dated value.
   *
   * @param value the value, finite
   * @param date the date
   * @return the dated value
   */
  public static DatedValue of(double value, LocalDate date) {
    return new DatedValue(value, date);
  }

  /**
   * Returns a dated value, parsing an ISO date.
   *
   * @param value the value, finite
   * @param isoDate the date as {@code yyyy-mm-dd}
   * @return the dated value
   * @throws io.github.bsckit.core.ValidationException if the date does not parse or the value is not finite
   */
  public static DatedValue of(double value, String isoDate) {
    Checks c = new Checks();
    LocalDate d = c.date("date", Objects.requireNonNull(isoDate, "isoDate"));
    c.finite("value", value);
    c.throwIfAny();
    return new DatedValue(value, d);
  }

  /** Orders by date, then by value. */
  @Override
  public int compareTo(DatedValue o) {
    int byDate = date.compareTo(o.date);
    return byDate != 0 ? byDate : Double.compare(value, o.value);
  }

  /** {@return for example {@code 90 @ 2026-12-31}} */
  @Override
  public String toString() {
    return Numbers.plain(value) + " @ " + date;
  }
}
