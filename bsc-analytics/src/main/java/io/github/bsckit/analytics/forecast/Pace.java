package io.github.bsckit.analytics.forecast;

import io.github.bsckit.core.model.Keyed;

/** Where a KPI's trend takes it by its target date. */
public enum Pace implements Keyed {
  /** The trend reaches the target by its date. */
  ON_PACE,
  /** The trend falls short of the target by its date; the forecast says by how much. */
  WILL_MISS,
  /** The KPI has no dated target to forecast against. */
  NO_TARGET,
  /** Too few actuals for the method (linear: three, not all on one date; damped: four periods): no forecast. */
  INSUFFICIENT_DATA;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
