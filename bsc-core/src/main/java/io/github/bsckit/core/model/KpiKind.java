package io.github.bsckit.core.model;

/** Whether a KPI is a state at a moment or an amount that adds up over periods. */
public enum KpiKind implements Keyed {
  /** A state, such as a retention rate or a headcount: each period has a level, levels do not add up. */
  LEVEL,
  /** An amount, such as revenue or bookings: the periods' values add up to the total. */
  FLOW;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
