package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.time.Period;
import java.util.Objects;

/** How often a KPI is measured. */
public enum Frequency implements Keyed {
  /** Every day. */
  DAILY(Period.ofDays(1)),
  /** Every week. */
  WEEKLY(Period.ofWeeks(1)),
  /** Every month. */
  MONTHLY(Period.ofMonths(1)),
  /** Every quarter. */
  QUARTERLY(Period.ofMonths(3)),
  /** Twice a year. */
  SEMIANNUAL(Period.ofMonths(6)),
  /** Once a year. */
  ANNUAL(Period.ofYears(1));

  private final Period period;

  Frequency(Period period) {
    this.period = period;
  }

  /** {@return the time between two measurements} */
  public Period period() {
    return period;
  }

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code quarterly}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static Frequency fromKey(String key) {
    return Keys.parse(Frequency.class, "frequency", Objects.requireNonNull(key, "key"));
  }
}
