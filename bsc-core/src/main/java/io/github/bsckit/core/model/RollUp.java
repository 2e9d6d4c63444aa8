package io.github.bsckit.core.model;

import io.github.bsckit.core.Keyed;
import io.github.bsckit.core.internal.Keys;
import java.util.Objects;

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

  /**
   * {@return the constant whose {@link #key()} is {@code key}, for example {@code weighted-mean}}
   *
   * @param key the canonical text form
   * @throws io.github.bsckit.core.ValidationException if no constant has that key; the problem names the
   *     keys allowed
   */
  public static RollUp fromKey(String key) {
    return Keys.parse(RollUp.class, "rollUp", Objects.requireNonNull(key, "key"));
  }
}
