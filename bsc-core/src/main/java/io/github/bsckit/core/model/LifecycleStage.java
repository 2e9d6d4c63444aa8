package io.github.bsckit.core.model;

/**
 * Where the business stands in its life cycle (Kaplan and Norton), which shapes its financial objectives.
 */
public enum LifecycleStage implements Keyed {
  /** Aggressive market capture, even at the cost of short-term profit. */
  GROWTH,
  /** Maximising profitability and return on capital. */
  SUSTAIN,
  /** Maximising cash flow from a mature business. */
  HARVEST;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
