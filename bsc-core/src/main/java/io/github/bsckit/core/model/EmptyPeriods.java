package io.github.bsckit.core.model;

/**
 * What a period with no actual gets in a KPI's period series. Nothing is invented unless declared: a gap is
 * the default, a level may be carried forward, and a flow may count as zero only when the KPI says so.
 */
public enum EmptyPeriods implements Keyed {
  /** The period has no value (the default). */
  GAP,
  /** A LEVEL KPI keeps its last value until a new one is measured; not allowed for a FLOW. */
  CARRY,
  /** A FLOW KPI's empty period is an amount of zero (nothing was sold); not allowed for a LEVEL. */
  ZERO;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
