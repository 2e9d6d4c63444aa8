package io.github.bsckit.core.portfolio;

import io.github.bsckit.core.model.Keyed;

/**
 * How a {@link KpiRollUp} combines the values that units report for the same date into the parent's value. This
 * is aggregation across the unit tree (several units, one date), not across time: turning monthly values into
 * quarters is done per unit before, or on the parent's series after, never mixed with it.
 */
public enum Aggregation implements Keyed {
  /** Σ vᵢ: amounts that add up, such as revenue or headcount. */
  SUM,
  /** The plain mean of the values reported. */
  MEAN,
  /** Σ wᵢ·vᵢ / Σ wᵢ with each unit's {@linkplain Unit#weight() weight} (revenue share, headcount). */
  WEIGHTED_MEAN,
  /** The smallest value reported. */
  MIN,
  /** The largest value reported. */
  MAX,
  /**
   * Σ numeratorsᵢ / Σ denominatorsᵢ × scale: a rate or percentage recomputed from its parts (orders won over
   * orders quoted), never the mean of the units' own percentages.
   */
  RATIO_OF_SUMS;

  /** {@return true for {@link #SUM} and {@link #RATIO_OF_SUMS}: the aggregations that add values up} */
  public boolean adds() {
    return this == SUM || this == RATIO_OF_SUMS;
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
