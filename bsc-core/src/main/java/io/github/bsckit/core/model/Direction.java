package io.github.bsckit.core.model;

/** Which way is better for a KPI. */
public enum Direction implements Keyed {
  /** Higher is better (revenue, retention). */
  INCREASE,
  /** Lower is better (churn, cost, cycle time). */
  DECREASE,
  /** Inside a band is best (uptime between 99.5% and 100%, inventory between 20 and 30 days). */
  RANGE;

  /**
   * {@return the opposite direction for INCREASE and DECREASE; RANGE is its own mirror}
   */
  public Direction mirror() {
    return switch (this) {
      case INCREASE -> DECREASE;
      case DECREASE -> INCREASE;
      case RANGE -> RANGE;
    };
  }

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
