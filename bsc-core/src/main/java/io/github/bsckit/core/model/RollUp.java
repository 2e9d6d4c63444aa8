package io.github.bsckit.core.model;

/** How child scores combine into a parent's score (KPI to objective to perspective to scorecard). */
public enum RollUp implements Keyed {
  /** Σ wᵢ·sᵢ / Σ wᵢ over the children with data; the default. */
  WEIGHTED_MEAN,
  /** The plain mean of the children with data. */
  MEAN,
  /** The weakest child: a chain is as strong as its weakest link. */
  MIN,
  /** The strongest child. */
  MAX;

  /** {@return the {@linkplain #key() key}, the canonical text form} */
  @Override
  public String toString() {
    return key();
  }
}
