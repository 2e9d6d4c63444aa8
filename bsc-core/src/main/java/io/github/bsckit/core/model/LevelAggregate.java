package io.github.bsckit.core.model;

/**
 * How a LEVEL KPI's values within one period make the period's value (a FLOW KPI's always add up). Used by
 * period series, score history and calculated KPIs.
 */
public enum LevelAggregate implements Keyed {
  /** The period's last value: where the level stood when the period closed (the default). */
  LAST,
  /** The mean of the period's values, for a level sampled often and noisily, such as weekly satisfaction. */
  MEAN;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
