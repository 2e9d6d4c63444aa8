package io.github.bsckit.analytics.evidence;

import io.github.bsckit.core.model.Keyed;

/**
 * How aligned period series are made stationary before they are correlated, so that two KPIs that merely both
 * grow over time (a shared trend) do not look linked.
 */
public enum Transform implements Keyed {
  /** {@code x(t) − x(t−1)}: removes a linear trend; costs one period. The default. */
  DIFFERENCE,
  /**
   * {@code ln x(t) − ln x(t−1)}, growth rates: removes an exponential trend; used when every value of both KPIs
   * is positive and neither is a RANGE KPI, else {@link #DIFFERENCE}. Costs one period.
   */
  LOG_DIFFERENCE,
  /**
   * {@code x(t) − x(t−s)} with s the periods of a year: removes a trend and a yearly season; used when both
   * KPIs have at least two seasons of data, else {@link #DIFFERENCE}. Costs a whole season of periods.
   */
  SEASONAL_DIFFERENCE;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
