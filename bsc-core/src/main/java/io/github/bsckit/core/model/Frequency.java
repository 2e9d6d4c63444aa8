package io.github.bsckit.core.model;

import java.time.Period;

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

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
